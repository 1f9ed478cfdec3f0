# Scheduled digests: the posts, and what /digest (/ダイジェスト) answers.
# 利用者向けの文は「です・ます」体。コマンドは「/ダイジェスト 登録」のように「」で囲む。
# $since, $date: 2026年11月24日. $next: the output of digest-when. $timestamp: a Discord
# timestamp, shown in the reader's own time zone. $missing: Discord permission names, joined.

## A later digest: what the store gained since the one before.

reply-news-title = 同盟をめぐる新たな動き
reply-news-lead = { $since }以降に追加された{ $count }件の事実を、分野別にお伝えします。
reply-corrections-lead = 以前のダイジェストでお伝えした事実のうち{ $count }件に、その後変更がありました。下の訂正をご覧ください。

## Corrections: a fact an earlier digest carried, revised or withdrawn since.

correction-heading = 訂正
correction-revised = 修正：{ $note }
correction-withdrawn = 取り消し：{ $note }
# A figure that changed, from the value the earlier digest carried to the current one.
correction-figure = { $from }→{ $to }

## /digest

# Used alone (digest-status) and before に (digest-subscribed): a noun phrase.
digest-cadence = { $frequency ->
        [daily] 毎日{ $time }
        [weekly] 毎週{ $weekday }の{ $time }
       *[monthly] 毎月{ $day }日の{ $time }
    }（{ $zone }）
# $date has no year: 7月1日.
digest-when = { $date }（{ $weekday }）{ $time }（{ $zone }）
digest-subscribed = 設定しました。{ $cadence }に{ $channel }へダイジェストを投稿します。次回は{ $next }、お使いのタイムゾーンでは{ $timestamp }です。初回は全体の概要を、2回目以降は前回からの新しい情報をお届けします。
digest-replaced = このチャンネルの以前のスケジュールは、これで置き換わりました。
digest-unsubscribed = { $channel }のダイジェストを停止しました。今後は何も投稿されません。
digest-none = このサーバーにはダイジェストがありません。「/{ cmd-digest } { cmd-digest-subscribe }」で開始できます。
digest-status = { $channel }のダイジェスト：{ $cadence }。
digest-status-next = 次回：{ $next }。お使いのタイムゾーンでは{ $timestamp }です。
digest-status-paused = 一時停止中：{ $reason ->
        [forbidden] { $channel }に投稿する権限がなくなりました。
        [missing] { $channel }で次の権限がなくなりました：{ $missing }。
       *[gone] { $channel }はもう存在しません。
    }チャンネルで「チャンネルを見る」「メッセージを送信」「埋め込みリンク」の権限を付与してから、もう一度「/{ cmd-digest } { cmd-digest-subscribe }」を実行してください。
digest-status-never = まだダイジェストは一度も実行されていません。初回は概要になります。
digest-status-last = 前回の実行：{ $timestamp }。{ $outcome }
digest-outcome-posted = 投稿しました。
digest-outcome-nothing-new = 前回のダイジェストから新しい情報がなかったため、投稿しませんでした。
digest-outcome-failed = Discordが投稿を受け付けませんでした（{ $status ->
        [0] 応答なし
       *[other] エラー{ $status }
    }）。あらためて投稿を試みます。
digest-outcome-paused = 投稿を停止しました。
digest-outcome-posted-link = 投稿しました：{ $link }
digest-outcome-paused-because = 投稿を停止しました：{ $reason ->
        [forbidden] { $channel }で必要な権限が失われました。
        [missing] { $channel }で次の権限が失われました：{ $missing }。
       *[gone] { $channel }はもう存在しません。
    }
digest-none-here = { $channel }にはダイジェストが投稿されていません。「/{ cmd-digest } { cmd-digest-subscribe }」で開始できます。
digest-topics-all = 分野：すべての分野。
digest-topics = 分野：{ $topics }。
digest-role = 各ダイジェストでは{ $role }にのみメンションします。
digest-publish = 各ダイジェストは、このチャンネルをフォローしているサーバーにも公開されます。
digest-thread = 各ダイジェストに話し合い用のスレッドが作成されます。
digest-forum = 各ダイジェストはフォーラムの新しい投稿になります。
digest-note-publish-refused = Discordがフォロー中のサーバーへの公開を受け付けませんでした（{ $status ->
        [0] 応答なし
       *[other] エラー{ $status }
    }）。ダイジェスト自体は投稿されたままです。
digest-note-thread-refused = Discordがスレッドを作成しませんでした（{ $status ->
        [0] 応答なし
       *[other] エラー{ $status }
    }）。ダイジェスト自体は投稿されたままです。
digest-history = { $count ->
        [0] { $channel }ではまだダイジェストが一度も実行されていません。
        [1] { $channel }での前回の実行：
       *[other] { $channel }での直近{ $count }回の実行（新しい順）：
    }
digest-history-run = { $timestamp }：{ $outcome }
digest-preview-which = このサーバーには複数のダイジェストがあります。「{ cmd-digest-preview-channel }」オプションでどれかを指定してください。
digest-paused-notice = { $channel }のダイジェストは一時停止中です。{ $reason ->
        [forbidden] このチャンネルで必要な権限が失われました。
        [missing] このチャンネルで次の権限が失われました：{ $missing }。
       *[gone] チャンネルがもう存在しません。
    }管理者は「/{ cmd-digest } { cmd-digest-subscribe }」で再開できます。
# A digest's thread or forum post: the digest's title and its date.
digest-thread-name = { $title }（{ $date }）
digest-preview = { $next }に{ $channel }へ投稿される次回のダイジェストの内容は、次のとおりです：
digest-preview-empty = 前回のダイジェスト以降、新しい情報はありません。次回は何も投稿されません。

# Scheduled digests: the posts, and what /digest (/ダイジェスト) answers.
# 利用者向けの文は「です・ます」体。コマンドは「/ダイジェスト 登録」のように「」で囲む。
# $since, $date: 2026年11月24日. $next: the output of digest-when. $timestamp: a Discord
# timestamp, shown in the reader's own time zone. $missing: Discord permission names, joined.

## A later digest: what the store gained since the one before.

# en-US 18463372
reply-news-title = 同盟をめぐる新たな動き
# en-US 56ba5e66
reply-news-lead = { $since }以降に追加された{ $count }件の事実を、分野別にお伝えします。
# en-US 5b4811c7
reply-corrections-lead = 以前のダイジェストでお伝えした事実のうち{ $count }件に、その後変更がありました。下の訂正をご覧ください。

## Corrections: a fact an earlier digest carried, revised or withdrawn since.

# en-US be7b1caf
correction-heading = 訂正
# en-US 29495e1b
correction-revised = 修正：{ $note }
# en-US 6f749b3d
correction-withdrawn = 取り消し：{ $note }
# A figure that changed, from the value the earlier digest carried to the current one.
# en-US 0480c346
correction-figure = { $from }→{ $to }

## /digest

# Used alone (digest-status) and before に (digest-subscribed): a noun phrase.
# en-US 76b4bcf0
digest-cadence = { $frequency ->
        [daily] 毎日{ $time }
        [weekly] 毎週{ $weekday }の{ $time }
       *[monthly] 毎月{ $day }日の{ $time }
    }（{ $zone }）
# $date has no year: 7月1日.
# en-US 307f6036
digest-when = { $date }（{ $weekday }）{ $time }（{ $zone }）
# en-US 1a8d247d
digest-subscribed = 設定しました。{ $cadence }に{ $channel }へダイジェストを投稿します。次回は{ $next }、お使いのタイムゾーンでは{ $timestamp }です。初回は全体の概要を、2回目以降は前回からの新しい情報をお届けします。
# en-US a8ab0853
digest-replaced = このチャンネルの以前のスケジュールは、これで置き換わりました。
# en-US de8f18b3
digest-unsubscribed = { $channel }のダイジェストを停止しました。今後は何も投稿されません。
# en-US 7e6de680
digest-none = このサーバーにはダイジェストがありません。「/{ cmd-digest } { cmd-digest-subscribe }」で開始できます。
# en-US 7785ad7d
digest-status = { $channel }のダイジェスト：{ $cadence }。
# en-US 3c5a6a50
digest-status-next = 次回：{ $next }。お使いのタイムゾーンでは{ $timestamp }です。
# en-US 7f9c1beb
digest-status-paused = 一時停止中：{ $reason ->
        [forbidden] { $channel }に投稿する権限がなくなりました。
        [missing] { $channel }で次の権限がなくなりました：{ $missing }。
       *[gone] { $channel }はもう存在しません。
    }チャンネルで「チャンネルを見る」「メッセージを送信」「埋め込みリンク」の権限を付与してから、もう一度「/{ cmd-digest } { cmd-digest-subscribe }」を実行してください。
# en-US 515496bc
digest-status-never = まだダイジェストは一度も実行されていません。初回は概要になります。
# en-US 69ed4068
digest-status-last = 前回の実行：{ $timestamp }。{ $outcome }
# en-US 56c3e444
digest-outcome-posted = 投稿しました。
# en-US 2996a88f
digest-outcome-nothing-new = 前回のダイジェストから新しい情報がなかったため、投稿しませんでした。
# en-US 95b94e35
digest-outcome-failed = Discordが投稿を受け付けませんでした（{ $status ->
        [0] 応答なし
       *[other] エラー{ $status }
    }）。あらためて投稿を試みます。
# en-US 8931a149
digest-outcome-paused = 投稿を停止しました。
# en-US 3af3442c
digest-outcome-posted-link = 投稿しました：{ $link }
# en-US 80c221d6
digest-outcome-paused-because = 投稿を停止しました：{ $reason ->
        [forbidden] { $channel }で必要な権限が失われました。
        [missing] { $channel }で次の権限が失われました：{ $missing }。
       *[gone] { $channel }はもう存在しません。
    }
# en-US 7fe113f6
digest-none-here = { $channel }にはダイジェストが投稿されていません。「/{ cmd-digest } { cmd-digest-subscribe }」で開始できます。
# en-US e4d65a0f
digest-topics-all = 分野：すべての分野。
# en-US a5649b98
digest-topics = 分野：{ $topics }。
# en-US 09ece1d4
digest-role = 各ダイジェストでは{ $role }にのみメンションします。
# en-US cdd3a285
digest-publish = 各ダイジェストは、このチャンネルをフォローしているサーバーにも公開されます。
# en-US bb981e45
digest-thread = 各ダイジェストに話し合い用のスレッドが作成されます。
# en-US 3c18b8fe
digest-forum = 各ダイジェストはフォーラムの新しい投稿になります。
# en-US 75348aba
digest-note-publish-refused = Discordがフォロー中のサーバーへの公開を受け付けませんでした（{ $status ->
        [0] 応答なし
       *[other] エラー{ $status }
    }）。ダイジェスト自体は投稿されたままです。
# en-US 176e276d
digest-note-thread-refused = Discordがスレッドを作成しませんでした（{ $status ->
        [0] 応答なし
       *[other] エラー{ $status }
    }）。ダイジェスト自体は投稿されたままです。
# en-US afd632ae
digest-history = { $count ->
        [0] { $channel }ではまだダイジェストが一度も実行されていません。
        [1] { $channel }での前回の実行：
       *[other] { $channel }での直近{ $count }回の実行（新しい順）：
    }
# en-US f8855872
digest-history-run = { $timestamp }：{ $outcome }
# en-US 6f980f05
digest-preview-which = このサーバーには複数のダイジェストがあります。「{ cmd-digest-preview-channel }」オプションでどれかを指定してください。
# en-US 5392be41
digest-paused-notice = { $channel }のダイジェストは一時停止中です。{ $reason ->
        [forbidden] このチャンネルで必要な権限が失われました。
        [missing] このチャンネルで次の権限が失われました：{ $missing }。
       *[gone] チャンネルがもう存在しません。
    }管理者は「/{ cmd-digest } { cmd-digest-subscribe }」で再開できます。
# A digest's thread or forum post: the digest's title and its date.
# en-US 5b034efe
digest-thread-name = { $title }（{ $date }）
# en-US 0f94e3d7
digest-preview = { $next }に{ $channel }へ投稿される次回のダイジェストの内容は、次のとおりです：
# en-US 820de6df
digest-preview-empty = 前回のダイジェスト以降、新しい情報はありません。次回は何も投稿されません。
# en-US 97867de6
digest-outcome-dm-refused = Discordがダイレクトメッセージを拒否しました。
# en-US d32bf16c
my-digest-started = 設定しました。{ $cadence }に、ダイレクトメッセージでダイジェストをお送りします。次回は{ $next }、お使いのタイムゾーンでは{ $timestamp }です。ダイジェストは、前回こちらとのやり取りで使われたDiscordの言語でお届けします。初回は全体の概要を、2回目以降は前回からの新しい情報をお届けします。
# en-US b1a8ef27
my-digest-replaced = 以前のスケジュールは、これで置き換わりました。
# en-US 4cbaf7f7
my-digest-status = ダイレクトメッセージのダイジェスト：{ $cadence }。
# en-US 3c8f6057
my-digest-paused = 一時停止中：Discordがこちらからのダイレクトメッセージを拒否しました（ダイレクトメッセージを受け付けない設定になっているか、ブロックされています）。再びこちらからのメッセージを受け取れるようになったら、もう一度「/{ cmd-my-digest } { cmd-my-digest-start }」を実行してください。
# en-US 701af2f6
my-digest-stopped = ダイレクトメッセージのダイジェストを停止しました。今後は何もお送りしません。
# en-US 5aba0e4d
my-digest-none = ダイレクトメッセージのダイジェストはありません。「/{ cmd-my-digest } { cmd-my-digest-start }」で開始できます。
# en-US cf8c1b20
my-digest-busy = 同じタイミングで、別の場所からダイジェストが変更されていました。「/{ cmd-my-digest } { cmd-my-digest-status }」で確認してから、もう一度お試しください。

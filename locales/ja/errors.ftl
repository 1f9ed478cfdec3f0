# Every error a user can see. Keep them short, and say what to type instead (です・ます体).
# The errors that name "/alliance" literally come from the command-line reader (`ask`), which
# only knows the command by that name; the others show the Japanese command names.
# Month examples must be readable by the parser: 7月, 2025年7月, 2025-07.

error-empty = コマンドを入力してください。例：「/{ cmd-alliance } { cmd-alliance-overview }」
error-unknown-command = 「{ $command }」というコマンドはありません。「/alliance」をお試しください。
error-missing-subcommand = 「/alliance」の後に項目を指定してください：{ $subcommands }
error-unknown-subcommand = 「{ $subcommand }」は「/alliance」の項目にありません。次のいずれかをお試しください：{ $subcommands }
error-unknown-option = 「/alliance { $subcommand }」に「{ $option }」というオプションはありません。
error-unexpected-value = 「/alliance { $subcommand }」は値を取りませんが、「{ $value }」が入力されました。
error-missing-option = 「/alliance { $subcommand }」には「{ $option }」の指定が必要です。例：「/alliance { $subcommand } { $option }:7月」
error-bad-month = 「{ $input }」は月として読み取れません。出来事のある月：{ $months }。7月、2025年7月、2025-07のように入力してください。
error-internal = 申し訳ありません。こちら側で問題が発生しました。記録済みですので、しばらくしてからもう一度お試しください。
error-language-dm = 「/{ cmd-language }」はサーバー専用です。ダイレクトメッセージでは、ご自身のDiscordの言語で返信します。
error-language-unknown = 「{ $value }」には対応していません。次から選んでください：{ $languages }
error-storage = 申し訳ありません。設定を保存できなかったため、何も変更されていません。しばらくしてからもう一度お試しください。
error-page-gone = このページはもう表示できません。コマンドをもう一度実行してください。
error-manage-server = 「/{ $command }」は、このサーバーを管理できるメンバーのみが使用できます。
error-bad-option = 「/{ $command }」に指定された値を読み取れませんでした。Discordが表示する一覧から選んでください。
error-outdated-command = このコマンドは、お使いのDiscordクライアントが読み込んだ後に変更されました。しばらくしてからもう一度お試しください。
error-digest-dm = 「/{ cmd-digest }」はサーバー専用です。ダイジェストはサーバーのチャンネルに投稿されます。
error-digest-time = 「{ $input }」は時刻として読み取れません。08:00や18:30のように24時間表記で入力してください。
error-digest-zone = 「{ $input }」というタイムゾーンは見つかりません。Europe/ParisやAmerica/New_Yorkなど、一覧から選んでください。
error-digest-missing-weekday = 毎週のダイジェストには曜日が必要です。「{ cmd-digest-subscribe-weekday }」オプションを追加してください（例：月曜日）。
error-digest-missing-day = 毎月のダイジェストには投稿する日（1〜28）が必要です。「{ cmd-digest-subscribe-day }」オプションを追加してください（例：1）。
error-digest-unexpected-weekday = 曜日を指定できるのは毎週のダイジェストだけです。{ $frequency ->
        [daily] 毎日
       *[monthly] 毎月
    }のダイジェストでは指定しないでください。
error-digest-unexpected-day = 投稿する日を指定できるのは毎月のダイジェストだけです。{ $frequency ->
        [daily] 毎日
       *[weekly] 毎週
    }のダイジェストでは指定しないでください。
error-digest-day = { $day }日がない月もあります。1〜28の日を選んでください。
error-digest-channel-kind = { $channel }にはダイジェストを投稿できません。テキスト、アナウンス、フォーラムのいずれかのチャンネルを選んでください。
error-digest-full = このサーバーのダイジェストはすでに上限の{ $limit }件に達しています。先に「/{ cmd-digest } { cmd-digest-unsubscribe }」でいずれかを停止してください。
error-digest-role-unknown = そのロールは、このサーバーでメンションできるロールではありません。別のロールを選んでください。
error-digest-role-unmentionable = { $role }にはメンションできません。サーバー設定でこのロールへのメンションを許可するか、「@everyone、@here、全てのロールにメンション」の権限を付与してください。
error-digest-publish-kind = 公開できるのはアナウンスチャンネルの投稿だけで、{ $channel }はアナウンスチャンネルではありません。「{ cmd-digest-subscribe-publish }」オプションを外すか、アナウンスチャンネルを選んでください。
error-digest-forum-tag = フォーラム{ $channel }では投稿ごとにタグが必要ですが、付けられるタグがありません。モデレーター専用ではないタグを追加するか、「スレッドの管理」の権限を付与してください。
error-digest-channel-unseen = { $channel }を閲覧できません。閲覧を許可するか、別のチャンネルを選んでください。
error-digest-channel-permissions = { $channel }にはダイジェストを投稿できません。次の権限がありません：{ $missing }。このチャンネルで{ $count ->
        [1] その権限
       *[other] これらの権限
    }を付与するか、別のチャンネルを選んでください。

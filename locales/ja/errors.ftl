# Every error a user can see. Keep them short, and say what to type instead (です・ます体).
# The errors that name "/alliance" literally come from the command-line reader (`ask`), which
# only knows the command by that name; the others show the Japanese command names.
# Month examples must be readable by the parser: 7月, 2025年7月, 2025-07.

# en-US 57a192aa
error-empty = コマンドを入力してください。例：「/{ cmd-alliance } { cmd-alliance-overview }」
# en-US 65a2a17b
error-unknown-command = 「{ $command }」というコマンドはありません。「/alliance」をお試しください。
# en-US 2e1daaf9
error-missing-subcommand = 「/alliance」の後に項目を指定してください：{ $subcommands }
# en-US e520df98
error-unknown-subcommand = 「{ $subcommand }」は「/alliance」の項目にありません。次のいずれかをお試しください：{ $subcommands }
# en-US 5ef6b937
error-unknown-option = 「/alliance { $subcommand }」に「{ $option }」というオプションはありません。
# en-US 6fd2d4ed
error-unexpected-value = 「/alliance { $subcommand }」は値を取りませんが、「{ $value }」が入力されました。
# en-US 9e6e486b
error-missing-option = 「/alliance { $subcommand }」には「{ $option }」の指定が必要です。例：「/alliance { $subcommand } { $option }:7月」
# en-US 7c569318
error-bad-month = 「{ $input }」は月として読み取れません。出来事のある月：{ $months }。7月、2025年7月、2025-07のように入力してください。
# en-US b24ca1ab
error-internal = 申し訳ありません。こちら側で問題が発生しました。記録済みですので、しばらくしてからもう一度お試しください。
# en-US 2424898b
error-language-dm = 「/{ cmd-language }」はサーバー専用です。ダイレクトメッセージでは、ご自身のDiscordの言語で返信します。
# en-US af6ca240
error-language-unknown = 「{ $value }」には対応していません。次から選んでください：{ $languages }
# en-US 72202db4
error-storage = 申し訳ありません。設定を保存できなかったため、何も変更されていません。しばらくしてからもう一度お試しください。
# en-US d549b101
error-page-gone = このページはもう表示できません。コマンドをもう一度実行してください。
# en-US a6a19378
error-manage-server = 「/{ $command }」は、このサーバーを管理できるメンバーのみが使用できます。
# en-US 00b03a97
error-bad-option = 「/{ $command }」に指定された値を読み取れませんでした。Discordが表示する一覧から選んでください。
# en-US 3bdf5e87
error-outdated-command = このコマンドは、お使いのDiscordクライアントが読み込んだ後に変更されました。しばらくしてからもう一度お試しください。
# en-US 7ec1c278
error-digest-dm = 「/{ cmd-digest }」はサーバー専用です。ダイジェストはサーバーのチャンネルに投稿されます。
# en-US d04dfe15
error-server-without-bot = 「/{ $command }」は、ボットを追加したサーバーでのみ使えます。「/{ cmd-alliance }」は、アプリを使う場所ならどこでも使えます。
# en-US 36178bca
error-digest-time = 「{ $input }」は時刻として読み取れません。08:00や18:30のように24時間表記で入力してください。
# en-US 496d0869
error-digest-zone = 「{ $input }」というタイムゾーンは見つかりません。Europe/ParisやAmerica/New_Yorkなど、一覧から選んでください。
# en-US a1bb7d73
error-digest-missing-weekday = 毎週のダイジェストには曜日が必要です。「{ cmd-digest-subscribe-weekday }」オプションを追加してください（例：月曜日）。
# en-US cbd2eea8
error-digest-missing-day = 毎月のダイジェストには投稿する日（1〜28）が必要です。「{ cmd-digest-subscribe-day }」オプションを追加してください（例：1）。
# en-US e9664988
error-digest-unexpected-weekday = 曜日を指定できるのは毎週のダイジェストだけです。{ $frequency ->
        [daily] 毎日
       *[monthly] 毎月
    }のダイジェストでは指定しないでください。
# en-US b5c87c59
error-digest-unexpected-day = 投稿する日を指定できるのは毎月のダイジェストだけです。{ $frequency ->
        [daily] 毎日
       *[weekly] 毎週
    }のダイジェストでは指定しないでください。
# en-US b4a4b6e2
error-digest-day = { $day }日がない月もあります。1〜28の日を選んでください。
# en-US 9dc59423
error-digest-channel-kind = { $channel }にはダイジェストを投稿できません。テキスト、アナウンス、フォーラムのいずれかのチャンネルを選んでください。
# en-US 5e6a09e8
error-digest-full = このサーバーのダイジェストはすでに上限の{ $limit }件に達しています。先に「/{ cmd-digest } { cmd-digest-unsubscribe }」でいずれかを停止してください。
# en-US c23cd90a
error-digest-role-unknown = そのロールは、このサーバーでメンションできるロールではありません。別のロールを選んでください。
# en-US b69482f1
error-digest-role-unmentionable = { $role }にはメンションできません。サーバー設定でこのロールへのメンションを許可するか、「@everyone、@here、全てのロールにメンション」の権限を付与してください。
# en-US 7d8f6ab4
error-digest-publish-kind = 公開できるのはアナウンスチャンネルの投稿だけで、{ $channel }はアナウンスチャンネルではありません。「{ cmd-digest-subscribe-publish }」オプションを外すか、アナウンスチャンネルを選んでください。
# en-US 1afb0461
error-digest-forum-tag = フォーラム{ $channel }では投稿ごとにタグが必要ですが、付けられるタグがありません。モデレーター専用ではないタグを追加するか、「スレッドの管理」の権限を付与してください。
# en-US 6c4d74cb
error-digest-channel-unseen = { $channel }を閲覧できません。閲覧を許可するか、別のチャンネルを選んでください。
# en-US 9350f415
error-digest-channel-permissions = { $channel }にはダイジェストを投稿できません。次の権限がありません：{ $missing }。このチャンネルで{ $count ->
        [1] その権限
       *[other] これらの権限
    }を付与するか、別のチャンネルを選んでください。
# en-US d6bb1a30
error-layout-dm = 「/{ cmd-layout }」はサーバー専用です。ダイレクトメッセージでは、Discordの現在のレイアウトで返信します。

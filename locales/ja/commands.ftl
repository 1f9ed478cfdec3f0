# Slash-command names and descriptions as a Japanese Discord client shows them.
# Names: lowercase, no spaces, at most 32 characters (kanji and kana are allowed).
# Descriptions: at most 100 characters. Descriptions use the short, plain style of Discord's
# own Japanese UI (no です・ます needed); example values users type (08:00, Europe/Paris,
# 2025-07) stay as they are.

# en-US 78b2d189
cmd-alliance = 同盟
    .description = ロシアと北朝鮮の同盟を、出典付きで要約します
# en-US 273953c6
cmd-alliance-overview = 概要
    .description = 各分野の主な動き
# en-US c3c4680d
cmd-alliance-military = 軍事
    .description = 軍事協力：協定、派兵、武器
# en-US 88d24f5c
cmd-alliance-diplomatic = 外交
    .description = 訪問、首脳会談、パレード
# en-US 876c9e64
cmd-alliance-economic = 経済
    .description = 交通網と貿易
# en-US e856f4d3
cmd-alliance-cultural = 文化
    .description = 文化面の取り組み
# en-US 7f788163
cmd-alliance-outlook = 展望
    .description = 双方が得るものとリスク
# en-US 4fbebbf3
cmd-alliance-timeline = 年表
    .description = 日付のある出来事をすべて古い順に
# en-US 9f1cfb11
cmd-alliance-month = 月
    .description = 特定の月の出来事
# The examples must really be read by the month parser: a month-* name, that name with a
# year (年 is a month-filler), and the ISO form.
# en-US d2ea3da1
cmd-alliance-month-month = 月
    .description = 月を指定（例：7月、2025年7月、2025-07）
# en-US 169551c9
cmd-language = 言語
    .description = このサーバーでの返信の言語を選びます（「サーバー管理」権限が必要）
# en-US 58ecc19c
cmd-language-value = 言語
    .description = 言語。autoでサーバーのDiscord言語に合わせます

# The /language choices: this language's own name, and "auto".
# en-US 93f1055e
language-name = 日本語
# en-US 5a057cf8
language-auto = Discordに合わせる（auto）

# en-US 42f36ab0
cmd-digest = ダイジェスト
    .description = 同盟のダイジェストをチャンネルに定期投稿します（「サーバー管理」権限が必要）
# en-US f0bcf7c0
cmd-digest-subscribe = 登録
    .description = チャンネルにダイジェストを定期投稿します。そのチャンネルの既存のスケジュールは置き換わります
# en-US c2403d48
cmd-digest-subscribe-channel = チャンネル
    .description = 投稿先のテキスト、アナウンス、フォーラムチャンネル
# en-US ce677715
cmd-digest-subscribe-frequency = 頻度
    .description = 投稿する頻度
# Choices: `choice-<command>-<option>-<choice>`, a label of 1 to 100 characters.
# en-US 32fd8369
choice-digest-subscribe-frequency-daily = 毎日
# en-US 813fc3ac
choice-digest-subscribe-frequency-weekly = 毎週
# en-US ca2cccd3
choice-digest-subscribe-frequency-monthly = 毎月
# en-US 34e3e73d
cmd-digest-subscribe-time = 時刻
    .description = 投稿する現地時刻（24時間表記、例：08:00、18:30）
# en-US 58646b50
cmd-digest-subscribe-timezone = タイムゾーン
    .description = タイムゾーン（例：Europe/Paris、既定：UTC）
# en-US 2a3aa3ee
cmd-digest-subscribe-weekday = 曜日
    .description = 毎週のダイジェストの場合：投稿する曜日
# en-US 325b87a2
choice-digest-subscribe-weekday-monday = 月曜日
# en-US c2ef2fcc
choice-digest-subscribe-weekday-tuesday = 火曜日
# en-US 9b75efbe
choice-digest-subscribe-weekday-wednesday = 水曜日
# en-US e27828d9
choice-digest-subscribe-weekday-thursday = 木曜日
# en-US c5c23d72
choice-digest-subscribe-weekday-friday = 金曜日
# en-US 9db1adc4
choice-digest-subscribe-weekday-saturday = 土曜日
# en-US bcce2a4c
choice-digest-subscribe-weekday-sunday = 日曜日
# 配信日 = the day of the month the digest is posted on (not a full date).
# en-US e5a7d604
cmd-digest-subscribe-day = 配信日
    .description = 毎月のダイジェストの場合：投稿する日（1〜28）
# en-US 616aadc7
cmd-digest-subscribe-topic = 分野
    .description = この分野のみ（複数なら分野2以降を追加。指定しなければ全分野）
# en-US a0dc7f9e
cmd-digest-subscribe-topic-2 = 分野2
    .description = 追加で扱う分野
# en-US 3ecef77f
cmd-digest-subscribe-topic-3 = 分野3
    .description = 追加で扱う分野
# en-US 286f8692
cmd-digest-subscribe-topic-4 = 分野4
    .description = 追加で扱う分野
# The labels of every topic option (分野, 分野2, …): the same words as the subcommands.
# en-US cf821015
choice-digest-subscribe-topic-military = 軍事
# en-US af031af2
choice-digest-subscribe-topic-diplomatic = 外交
# en-US 707d1c1e
choice-digest-subscribe-topic-economic = 経済
# en-US 22319439
choice-digest-subscribe-topic-cultural = 文化
# en-US 98de5a2c
choice-digest-subscribe-topic-outlook = 展望
# en-US baef15f0
cmd-digest-subscribe-role = ロール
    .description = 各ダイジェストの冒頭でメンションするロール
# 公開 is Discord's Japanese word for "Publish" in announcement channels.
# en-US 21b1e638
cmd-digest-subscribe-publish = 公開
    .description = アナウンスチャンネルの場合：各ダイジェストをフォロー中のサーバーにも公開します（既定：はい）
# en-US 1cd70205
cmd-digest-subscribe-thread = スレッド
    .description = 各ダイジェストに話し合い用のスレッドを作成します
# en-US f6ede1b3
cmd-digest-unsubscribe = 登録解除
    .description = チャンネルのダイジェストを停止します
# en-US c9921c60
cmd-digest-status = 状態
    .description = このサーバーのダイジェスト：チャンネル、スケジュール、分野、次回と前回の実行
# en-US 006babca
cmd-digest-preview = プレビュー
    .description = 次回のダイジェストの内容を、自分だけに表示して確認します
# en-US 50f6ace2
cmd-digest-preview-channel = チャンネル
    .description = プレビューするダイジェストのチャンネル（サーバーに複数ある場合は必須）
# en-US 7d1b82ae
cmd-digest-unsubscribe-channel = チャンネル
    .description = ダイジェストを停止するチャンネル
# en-US 71d3ade6
cmd-digest-history = 履歴
    .description = チャンネルのダイジェストの直近の実行と、それぞれの結果
# en-US 1ccc3377
cmd-digest-history-channel = チャンネル
    .description = 履歴を確認するチャンネル

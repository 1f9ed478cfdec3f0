# Slash-command names and descriptions as a Japanese Discord client shows them.
# Names: lowercase, no spaces, at most 32 characters (kanji and kana are allowed).
# Descriptions: at most 100 characters. Descriptions use the short, plain style of Discord's
# own Japanese UI (no です・ます needed); example values users type (08:00, Europe/Paris,
# 2025-07) stay as they are.

cmd-alliance = 同盟
    .description = ロシアと北朝鮮の同盟を、出典付きで要約します
cmd-alliance-overview = 概要
    .description = 各分野の主な動き
cmd-alliance-military = 軍事
    .description = 軍事協力：協定、派兵、武器
cmd-alliance-diplomatic = 外交
    .description = 訪問、首脳会談、パレード
cmd-alliance-economic = 経済
    .description = 交通網と貿易
cmd-alliance-cultural = 文化
    .description = 文化面の取り組み
cmd-alliance-outlook = 展望
    .description = 双方が得るものとリスク
cmd-alliance-timeline = 年表
    .description = 日付のある出来事をすべて古い順に
cmd-alliance-month = 月
    .description = 特定の月の出来事
# The examples must really be read by the month parser: a month-* name, that name with a
# year (年 is a month-filler), and the ISO form.
cmd-alliance-month-month = 月
    .description = 月を指定（例：7月、2025年7月、2025-07）
cmd-language = 言語
    .description = このサーバーでの返信の言語を選びます（「サーバー管理」権限が必要）
cmd-language-value = 言語
    .description = 言語。autoでサーバーのDiscord言語に合わせます

# The /language choices: this language's own name, and "auto".
language-name = 日本語
language-auto = Discordに合わせる（auto）

cmd-digest = ダイジェスト
    .description = 同盟のダイジェストをチャンネルに定期投稿します（「サーバー管理」権限が必要）
cmd-digest-subscribe = 登録
    .description = チャンネルにダイジェストを定期投稿します。そのチャンネルの既存のスケジュールは置き換わります
cmd-digest-subscribe-channel = チャンネル
    .description = 投稿先のテキスト、アナウンス、フォーラムチャンネル
cmd-digest-subscribe-frequency = 頻度
    .description = 投稿する頻度
# Choices: `choice-<command>-<option>-<choice>`, a label of 1 to 100 characters.
choice-digest-subscribe-frequency-daily = 毎日
choice-digest-subscribe-frequency-weekly = 毎週
choice-digest-subscribe-frequency-monthly = 毎月
cmd-digest-subscribe-time = 時刻
    .description = 投稿する現地時刻（24時間表記、例：08:00、18:30）
cmd-digest-subscribe-timezone = タイムゾーン
    .description = タイムゾーン（例：Europe/Paris、既定：UTC）
cmd-digest-subscribe-weekday = 曜日
    .description = 毎週のダイジェストの場合：投稿する曜日
choice-digest-subscribe-weekday-monday = 月曜日
choice-digest-subscribe-weekday-tuesday = 火曜日
choice-digest-subscribe-weekday-wednesday = 水曜日
choice-digest-subscribe-weekday-thursday = 木曜日
choice-digest-subscribe-weekday-friday = 金曜日
choice-digest-subscribe-weekday-saturday = 土曜日
choice-digest-subscribe-weekday-sunday = 日曜日
# 配信日 = the day of the month the digest is posted on (not a full date).
cmd-digest-subscribe-day = 配信日
    .description = 毎月のダイジェストの場合：投稿する日（1〜28）
cmd-digest-subscribe-topic = 分野
    .description = この分野のみ（複数なら分野2以降を追加。指定しなければ全分野）
cmd-digest-subscribe-topic-2 = 分野2
    .description = 追加で扱う分野
cmd-digest-subscribe-topic-3 = 分野3
    .description = 追加で扱う分野
cmd-digest-subscribe-topic-4 = 分野4
    .description = 追加で扱う分野
# The labels of every topic option (分野, 分野2, …): the same words as the subcommands.
choice-digest-subscribe-topic-military = 軍事
choice-digest-subscribe-topic-diplomatic = 外交
choice-digest-subscribe-topic-economic = 経済
choice-digest-subscribe-topic-cultural = 文化
choice-digest-subscribe-topic-outlook = 展望
cmd-digest-subscribe-role = ロール
    .description = 各ダイジェストの冒頭でメンションするロール
# 公開 is Discord's Japanese word for "Publish" in announcement channels.
cmd-digest-subscribe-publish = 公開
    .description = アナウンスチャンネルの場合：各ダイジェストをフォロー中のサーバーにも公開します（既定：はい）
cmd-digest-subscribe-thread = スレッド
    .description = 各ダイジェストに話し合い用のスレッドを作成します
cmd-digest-unsubscribe = 登録解除
    .description = チャンネルのダイジェストを停止します
cmd-digest-status = 状態
    .description = このサーバーのダイジェスト：チャンネル、スケジュール、分野、次回と前回の実行
cmd-digest-preview = プレビュー
    .description = 次回のダイジェストの内容を、自分だけに表示して確認します
cmd-digest-preview-channel = チャンネル
    .description = プレビューするダイジェストのチャンネル（サーバーに複数ある場合は必須）
cmd-digest-unsubscribe-channel = チャンネル
    .description = ダイジェストを停止するチャンネル
cmd-digest-history = 履歴
    .description = チャンネルのダイジェストの直近の実行と、それぞれの結果
cmd-digest-history-channel = チャンネル
    .description = 履歴を確認するチャンネル

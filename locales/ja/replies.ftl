# The frame of every reply: titles, opening lines, footers and page buttons.
# 利用者に向けた文は「です・ます」体。$month は「2025年7月」の形で渡される。

# en-US 89e8552d
reply-overview-title = ロシア・北朝鮮同盟の概要
# en-US b200dc12
reply-overview-lead = 2024年以降、両国は複数の分野で同時に結びつきを強めています。各分野の主な動きは以下のとおりです。
# en-US 60a2090c
reply-overview-hint = 詳しくは、「/{ cmd-alliance }」に続けて次のいずれかを入力してください：{ $subcommands }

# en-US 7bfb9791
reply-timeline-title = 同盟の年表
# en-US 235991c9
reply-timeline-lead = 日付のある出来事{ $count }件を古い順に掲載しています。
# Facts the article calls recent without a date: listed after the dated ones, out of the time order.
# en-US 93f14d94
reply-timeline-undated = ほかに、最近の出来事で日付のないものが{ $count }件あります。時系列から外して最後に掲載しています。

# A heading with a colon: $month may carry the † mark.
# en-US 81f27553
reply-month-title = 同盟の動き：{ $month }
# en-US 56469182
reply-month-lead = { $month }の出来事は{ $count }件です。
# en-US 2eb761b1
reply-month-empty = { $month }の出来事は登録されていません。
# The reader named a month without a year: the year taken, and why.
# en-US b732ff71
reply-month-year-assumed = 年の指定がなかったため、この月に出来事がある最新の年（{ $year }年）を表示しています。
# Facts dated only to a longer period that includes the month: shown apart, as that period, and not counted.
# en-US e9e00134
reply-month-ongoing = 日付は{ $month }そのものではありませんが、この月を含むより長い期間に進行中だった出来事：
# en-US 5aafd3fc
reply-month-available = 出来事のある月：{ $months }

# The document the reply's facts come from, then whom it attributes some of them to.
# en-US 9b3feee7
footer-sources = 出典：{ $documents }
# en-US 5c51aa5a
footer-attributions = 記事が挙げる情報源：{ $attributions }
# Once per reply that shows a date marked † (when-inferred).
# en-US f51bd4e9
footer-inferred = †記事には月だけが記され、年の記載はありません。年は文脈から推定しました。
# The last day the fact store changed (a fact added, revised or withdrawn).
# en-US 4ec27132
footer-updated = { $date }時点の情報
# en-US eeccb87c
footer-page = { $page }/{ $pages }ページ

# en-US 1bf9d747
button-previous = 前へ
# en-US 01aa3b64
button-next = 次へ

# The command line's plain-text layout: a field's name before its lines.
# en-US 1c60386a
plain-field = { $name }：

## /language

# en-US e41b4d4d
language-set = このサーバーの返信を{ $language ->
        [en-US] 英語
        [fr] フランス語
        [de] ドイツ語
        [es-ES] スペイン語
        [ru] ロシア語
        [uk] ウクライナ語
        [ko] 韓国語
        [ja] 日本語
       *[other] { $name }
    }に設定しました。Discordが伝えるこのサーバーの言語は{ $locale }です。コミュニティサーバー以外では常にen-USとなるため、「/{ cmd-language }」コマンドを用意しています。
# en-US 252aeeae
language-set-auto = このサーバーの返信は、サーバーのDiscord言語（現在は{ $locale }）に合わせるようになりました。コミュニティサーバー以外ではDiscordは常にen-USを返すため、変えたい場合は「/{ cmd-language }」で言語を選んでください。

## The timeline picture (/alliance timeline): its legend, its notes and its alt text.

# en-US 88583fa7
timeline-legend-hedged = 白抜き：留保付き（伝えられた情報、疑惑、分析）
# en-US da9a9dc2
timeline-legend-span = 帯：一定期間にわたる出来事
# en-US 9a17c033
timeline-legend-rough = 薄い帯：年、年の一部、季節までしか日付がわからないもの
# The column of facts the article calls recent without dating them: apart from the time axis.
# en-US 49210f81
timeline-undated = 最近（日付なし）
# A row of a fact the article attributes to someone: its title, then whom it attributes it to.
# en-US b258bb48
timeline-attributed = { $title }（{ $source }）
# Shown on the picture and in the reply when the store has more facts than the picture has rows.
# en-US 7f6e4202
timeline-not-drawn = 図には直近の出来事{ $drawn }件を表示しています。それ以前の{ $hidden }件は描かれていません。
# The picture described for screen readers: `$period` is like "2024年～2025年10月".
# en-US 1250f281
timeline-alt = 同盟の出来事{ $count }件を時間軸上に示した図。期間は{ $period }。1件につき1行で、分野ごとに色分けしています（{ $domains }）。{ $hedged ->
        [0] 留保付きの出来事はありません。
       *[other] うち{ $hedged }件は留保付きで、白抜きで示しています。
    }
# en-US 029bcbf9
layout-set-components = このサーバーの返信とダイジェストは、Discordの現在のレイアウトで表示されるようになりました。このレイアウトには長すぎるものは、引き続き埋め込みで送信します。
# en-US e4dd16b9
layout-set-embeds = このサーバーの返信とダイジェストは、埋め込みで表示されるようになりました。

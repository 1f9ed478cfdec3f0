# Labels the replies are built from: domains, confidence, sources, months and dates.
# 日付・月はCLDRの日本語形式（2025年7月、2026年11月24日）で渡される。

## Domains: the label, the reply's title, and its opening line.
# `.lead` は見出し直下の一文。体言止めの報道調で短く。

# en-US 0aaacc13
domain-military = 軍事
    .title = 軍事協力
    .lead = 相互防衛協定の締結から、ロシア領内で戦う北朝鮮兵まで。
# en-US 548a20bf
domain-diplomatic = 外交
    .title = 外交交流
    .lead = 相次ぐ訪問、3か国首脳会談、2度のパレード。1年余りにわたり、より緊密に、より目に見える形になった関係。
# en-US e1d4c6b9
domain-economic = 経済
    .title = 経済関係
    .lead = 数十年ぶりの商業便、道路橋、ごく短い国境の活用。広がりつつある経済の結びつき。
# en-US 8fccd647
domain-cultural = 文化
    .title = 文化面の取り組み
    .lead = 同盟を両国の人々に示すために動員される芸術。
# en-US 8a429f8d
domain-outlook = 展望
    .title = 展望とリスク
    .lead = 双方が得るものと、同盟がもたらしかねない代償。記事独自の分析による。

## How sure a fact is, and who says so.
# The hedge after a fact reads: （伝えられた情報、韓国筋による） or （記事独自の分析）.

# How the article presents a fact; `confirmed` (stated as established) is not shown.
# en-US c0569b9c
confidence-confirmed = 記事が事実として記述
# en-US 113a6cf5
confidence-reported = 伝えられた情報
# en-US e4408800
confidence-alleged = 未確認の疑惑
# en-US 516f3f91
confidence-assessment = 記事独自の分析
# Shown after a fact the article attributes to someone: `$source` is that source's `.cited`.
# en-US aeca6535
fact-hedge = （{ $confidence }、{ $source }）
# Shown after a fact the article does not attribute, when it is not stated as established.
# en-US 702975f5
fact-hedge-own = （{ $confidence }）
# Shown after a fact revised since it entered the store.
# en-US e5613187
fact-updated = （{ $date }更新）

# A document facts are read from, as the footer names it. The title and the section name stay
# in the document's own language (French here).
# en-US 70f3a682
source-document = 「{ $title }」（{ $section ->
        [none] {""}
       *[other] { $section }欄、
    }{ $language ->
        [fr] フランス語
        [en] 英語
       *[other] { $language }
    }）
# Whom the article attributes a claim to: the name, as the footer lists it, and `.cited`, as a
# hedge names it (it gets `$confidence`; Japanese needs no agreement, so it is not used).
# 韓国筋 = "sources sud-coréennes". 韓国側 = "Séoul": Japanese news rarely uses ソウル for the
# South Korean government or side, so the article's "relayées par Séoul" is 韓国側が伝えたもの.
# en-US bf37f437
source-south-korean-sources = 韓国筋
    .cited = 韓国筋による
# en-US 1786a044
source-seoul = 韓国側
    .cited = 韓国側が伝えたもの

## Months, as readers type them in /alliance month (dates are shown by CLDR's own patterns).
# `.typed`: other forms a Japanese reader may type: full-width digits (IME default) and kanji
# numerals, comma-separated. `month-filler`: 年, as in 2025年7月.

month-filler = 年
# en-US a03fdb2c
month-1 = 1月
    .typed = １月、一月
# en-US df1d06b4
month-2 = 2月
    .typed = ２月、二月
# en-US 248c9f72
month-3 = 3月
    .typed = ３月、三月
# en-US 28a3202c
month-4 = 4月
    .typed = ４月、四月
# en-US 7f154281
month-5 = 5月
    .typed = ５月、五月
# en-US e1d29d81
month-6 = 6月
    .typed = ６月、六月
# en-US 2cbf27a1
month-7 = 7月
    .typed = ７月、七月
# en-US 83bb941b
month-8 = 8月
    .typed = ８月、八月
# en-US d97b8ab9
month-9 = 9月
    .typed = ９月、九月
# en-US bddbe3b0
month-10 = 10月
    .typed = １０月、十月
# en-US 9e77977e
month-11 = 11月
    .typed = １１月、十一月
# en-US 4a6e70a1
month-12 = 12月
    .typed = １２月、十二月

## Dates, at the precision the source gives.

# en-US 062b3869
when-year = { $year }年
# en-US 649849cb
when-part = { $part ->
        [early] { $year }年初め
        [mid] { $year }年半ば
       *[late] { $year }年末
    }
# en-US afd5e6e9
when-season = { $season ->
        [spring] { $year }年春
        [summer] { $year }年夏
        [autumn] { $year }年秋
       *[winter] { $year }年冬
    }
# en-US f0a29d67
when-span = { $from }～{ $to }
# A span shown under one of its months: the whole span, said to be ongoing then.
# en-US 00ca672e
when-ongoing = { $when }にわたり継続
# A date whose year the article does not give: inferred from its context (see footer-inferred).
# en-US 6a6f0c31
when-inferred = { $when }†
# A fact the article calls recent, without a date.
# en-US 32be7a8b
when-recent = 最近

## Days of the week, Monday first.

# en-US 8e606157
weekday-1 = 月曜日
# en-US fb75d809
weekday-2 = 火曜日
# en-US 070a9e52
weekday-3 = 水曜日
# en-US 820d53be
weekday-4 = 木曜日
# en-US 23048e50
weekday-5 = 金曜日
# en-US c2c0b951
weekday-6 = 土曜日
# en-US 6d71cdfa
weekday-7 = 日曜日

## The channel permissions a digest needs, as the Japanese Discord client names them.

# en-US 15964928
permission-view-channel = チャンネルを見る
# en-US 8b754125
permission-send-messages = メッセージを送信
# en-US 6c738ea1
permission-embed-links = 埋め込みリンク
# en-US ce744a92
permission-create-threads = 公開スレッドの作成

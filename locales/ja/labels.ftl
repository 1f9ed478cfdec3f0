# Labels the replies are built from: domains, confidence, sources, months and dates.
# 日付・月はCLDRの日本語形式（2025年7月、2026年11月24日）で渡される。

## Domains: the label, the reply's title, and its opening line.
# `.lead` は見出し直下の一文。体言止めの報道調で短く。

domain-military = 軍事
    .title = 軍事協力
    .lead = 相互防衛協定の締結から、ロシア領内で戦う北朝鮮兵まで。
domain-diplomatic = 外交
    .title = 外交交流
    .lead = 相次ぐ訪問、3か国首脳会談、2度のパレード。1年余りにわたり、より緊密に、より目に見える形になった関係。
domain-economic = 経済
    .title = 経済関係
    .lead = 数十年ぶりの商業便、道路橋、ごく短い国境の活用。広がりつつある経済の結びつき。
domain-cultural = 文化
    .title = 文化面の取り組み
    .lead = 同盟を両国の人々に示すために動員される芸術。
domain-outlook = 展望
    .title = 展望とリスク
    .lead = 双方が得るものと、同盟がもたらしかねない代償。記事独自の分析による。

## How sure a fact is, and who says so.
# The hedge after a fact reads: （伝えられた情報、韓国筋による） or （記事独自の分析）.

# How the article presents a fact; `confirmed` (stated as established) is not shown.
confidence-confirmed = 記事が事実として記述
confidence-reported = 伝えられた情報
confidence-alleged = 未確認の疑惑
confidence-assessment = 記事独自の分析
# Shown after a fact the article attributes to someone: `$source` is that source's `.cited`.
fact-hedge = （{ $confidence }、{ $source }）
# Shown after a fact the article does not attribute, when it is not stated as established.
fact-hedge-own = （{ $confidence }）
# Shown after a fact revised since it entered the store.
fact-updated = （{ $date }更新）

# A document facts are read from, as the footer names it. The title and the section name stay
# in the document's own language (French here).
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
source-south-korean-sources = 韓国筋
    .cited = 韓国筋による
source-seoul = 韓国側
    .cited = 韓国側が伝えたもの

## Months, as readers type them in /alliance month (dates are shown by CLDR's own patterns).
# `.typed`: other forms a Japanese reader may type: full-width digits (IME default) and kanji
# numerals, comma-separated. `month-filler`: 年, as in 2025年7月.

month-filler = 年
month-1 = 1月
    .typed = １月, 一月
month-2 = 2月
    .typed = ２月, 二月
month-3 = 3月
    .typed = ３月, 三月
month-4 = 4月
    .typed = ４月, 四月
month-5 = 5月
    .typed = ５月, 五月
month-6 = 6月
    .typed = ６月, 六月
month-7 = 7月
    .typed = ７月, 七月
month-8 = 8月
    .typed = ８月, 八月
month-9 = 9月
    .typed = ９月, 九月
month-10 = 10月
    .typed = １０月, 十月
month-11 = 11月
    .typed = １１月, 十一月
month-12 = 12月
    .typed = １２月, 十二月

## Dates, at the precision the source gives.

when-year = { $year }年
when-part = { $part ->
        [early] { $year }年初め
        [mid] { $year }年半ば
       *[late] { $year }年末
    }
when-season = { $season ->
        [spring] { $year }年春
        [summer] { $year }年夏
        [autumn] { $year }年秋
       *[winter] { $year }年冬
    }
when-span = { $from }～{ $to }
# A span shown under one of its months: the whole span, said to be ongoing then.
when-ongoing = { $when }にわたり継続
# A date whose year the article does not give: inferred from its context (see footer-inferred).
when-inferred = { $when }†
# A fact the article calls recent, without a date.
when-recent = 最近

## Days of the week, Monday first.

weekday-1 = 月曜日
weekday-2 = 火曜日
weekday-3 = 水曜日
weekday-4 = 木曜日
weekday-5 = 金曜日
weekday-6 = 土曜日
weekday-7 = 日曜日

## The channel permissions a digest needs, as the Japanese Discord client names them.

permission-view-channel = チャンネルを見る
permission-send-messages = メッセージを送信
permission-embed-links = 埋め込みリンク
permission-create-threads = 公開スレッドの作成

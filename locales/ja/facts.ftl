# One message per fact of data/facts/*.toml: `fact-<id>`, the sentence a reader sees,
# and `.title`, the short label the overview uses. Variables are the fact's `values`.
# 事実の文は新聞調の「である／だ」体で統一する（利用者への案内文は「です・ます」体）。
# 記事の留保（「韓国筋によると」「疑い」「可能性」「〜しかねない」）は必ず残し、記事にない
# 人名・日付・数字・出典を足さない（外相や下院議長の名前、「朝鮮労働党」などは書かない）。
# A revision needs `revision-<id>-<date>` and a withdrawal `withdrawal-<id>`: why, in a sentence.
# Terms used throughout: ロシア, 北朝鮮, 韓国, 平壌, モスクワ, 北京, クルスク州, 金正恩氏,
# 相互防衛協定, 機微な軍事技術, 韓国筋 (= "sources sud-coréennes"),
# 韓国側 (= "Séoul" as the article uses it: the South Korean side that relays the allegations).

## Military

# en-US 8c0f37aa
fact-mutual-defence-pact = ロシアと北朝鮮は、平壌への公式訪問の機会に相互防衛協定を締結した。両国関係の転換点となる出来事だった。
    .title = 相互防衛協定
# "key role" (rôle clé) is kept: カギとなる役割.
# en-US cba9dbf9
fact-troops-to-kursk = 北朝鮮は、ウクライナでの戦争を戦うロシアを支援するため、{ $troops ->
        [thousands] 数千人の兵士
       *[other] { $troops }人の兵士
    }を派遣した。とりわけクルスク州では、ロシア領内に進入したウクライナ軍を押し戻すうえでカギとなる役割を果たした。自国の兵士を戦闘にまで投入したことは、ロシアを支える北朝鮮の関与の深さを示している。
    .title = クルスク州などへ兵士を派遣
# en-US fe6e7bb3
fact-kursk-casualties = 韓国筋によると、クルスク州での戦闘で北朝鮮兵約{ $killed }人が死亡し、ほかに{ $wounded ->
        [thousands] 数千人
       *[other] { $wounded }人
    }が負傷したという。
    .title = クルスク周辺での死傷者
# en-US 82f47b7a
fact-arms-and-munitions = 北朝鮮はロシアに武器と弾薬を供給し、ウクライナでのロシアの戦争遂行を支えている。
    .title = 武器・弾薬の供給
# en-US 3735a2ac
fact-technology-transfer-suspected = その見返りに、ロシアが北朝鮮へ機微な軍事技術を移転している可能性が疑われている。あくまで韓国側が伝える疑惑で、確認はされていない。事実と裏付けられれば、東アジアの戦略的な均衡を揺るがしかねない。
    .title = 軍事技術移転の疑い

## Diplomatic

# en-US 7e3165f3
fact-frequent-high-level-visits = この1年余り、両国の高官による会談が相次いでいる。
    .title = 相次ぐ高官の往来
# en-US 64a98d8f
fact-foreign-minister-visit = ロシアの外相が平壌を訪れ、金正恩氏はロシアへの無条件の支持をあらためて表明した。
    .title = ロシア外相が平壌訪問
# en-US bd16519a
fact-duma-chairman-visit = ロシア議会の下院にあたる国家会議（ドゥーマ）の議長が北朝鮮を訪れた。
    .title = ロシア下院議長が訪朝
# en-US ce5c7bc6
fact-beijing-summit-parade = 北京で開かれた3か国の首脳会談で、ロシアと北朝鮮の首脳が中国の国家主席と並び、大規模な軍事パレードに臨んだ。世界に中継されたこの光景は、3か国の利害の接近を印象づけた。
    .title = 北京での3か国首脳会談と軍事パレード
# en-US 114d1826
fact-party-anniversary-parade = 北朝鮮の政権党の創建{ $anniversary }周年を記念して平壌で行われたパレードに、ロシアの高官が出席した。
    .title = 政権党の創建記念パレード

## Economic

# en-US 98aa22d1
fact-economic-ties-growing = 軍事・外交面の協力ほど注目されてはいないものの、両国の経済関係も勢いを増している。
    .title = 拡大する経済関係
# "commercial" is kept: 商業便.
# en-US 6dd8feed
fact-first-moscow-pyongyang-flight = モスクワ発の商業便が平壌に着陸した。こうした便は数十年ぶりである。
    .title = 数十年ぶりのモスクワ発平壌行き商業便
# en-US ef4962bc
fact-road-bridge-construction = 両国を結ぶ道路橋の建設が始まった。国境を越える貿易の円滑化が狙いで、完成すれば二国間貿易の戦略的な幹線となる可能性がある。
    .title = 道路橋を建設中
# en-US 3e0f7552
fact-shared-land-border = 両国は極東でわずか{ $border_km }キロの陸上国境を接しており、いまその地理的な近さを生かそうとしている。
    .title = { $border_km }キロの国境

## Cultural

# en-US 39968c94
fact-moscow-painting-exhibition = モスクワで開かれた展覧会が、絵画を通じて同盟をたたえた。肩を並べて戦うロシアと北朝鮮の兵士、金正恩氏の肖像、キムチ作りなど北朝鮮の日常の場面を描いた作品が並んだ。
    .title = モスクワでの絵画展
# en-US fc172b1b
fact-culture-builds-unity = こうした取り組みは共通の象徴を前面に出すことで、両国民の間に一体感を育み、双方の国民に同盟を正当なものとして示すことを狙っている。
    .title = 結束を促す文化

## Outlook and risks

# en-US 5ddd4241
fact-russia-gains-reliable-ally = ロシアにとってこの提携は、西側諸国との緊張が続くなかで頼れる同盟国を得ることを意味する。
    .title = ロシア：頼れる同盟国
# en-US 029e0d66
fact-north-korea-gains = 北朝鮮はこの接近から軍事・経済の両面で利益を引き出し、国際舞台での存在感も高めている。
    .title = 北朝鮮：実利と存在感
# en-US acd7411f
fact-risk-regional-reactions = リスク：機微な技術の移転疑惑は、韓国や日本をはじめとする地域の大国の強い反発を招くおそれがある。
    .title = リスク：韓国・日本の反発
# en-US 52c31221
fact-risk-isolation = リスク：ウクライナへの軍事的な関与によって、北朝鮮はほかの国々との関係改善が難しくなるおそれがある。
    .title = リスク：他国との関係改善が困難に
# en-US 17327c1a
fact-major-development = 軍事、外交、経済、文化にまたがるこの同盟は、地域と世界の力学を塗り替えかねない重大な地政学的現象となっている。国際的な圧力や内部の課題を前に、今後どう展開するかはまだ見通せない。
    .title = 重大な動き、行方はなお不透明

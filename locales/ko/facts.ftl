# data/facts/*.toml의 사실마다 메시지 하나: `fact-<id>`는 독자가 읽는 문장,
# `.title`은 개요에 쓰이는 짧은 제목. 변수는 그 사실의 `values`.
# 사실 문장은 신문 기사체(해라체, -다)로, 제목은 명사형 헤드라인으로 통일.
# 기사가 붙인 단서(“~에 따르면”, “의혹”, “가능성”, “~수 있다”)는 반드시 살리고, 기사에 없는 것
# (이름, 날짜, 직함, 수치, 출처)은 덧붙이지 않는다. 예: 외무장관·두마 의장의 이름, 김정은의 직함,
# 집권당의 정식 명칭은 쓰지 않는다. 날짜는 프로그램이 따로 붙이므로 문장에 넣지 않는다.
# Place names as Korean media write them: 평양, 모스크바, 쿠르스크, 베이징, 서울.
# A revision needs `revision-<id>-<date>` and a withdrawal `withdrawal-<id>`: why, in a sentence.

## 군사

# en-US 8c0f37aa
fact-mutual-defence-pact = 평양 공식 방문을 계기로 러시아와 북한이 상호방위조약을 맺었다. 두 나라 관계의 전환점이 된 일이다.
    .title = 상호방위조약
# “rôle clé” → 핵심적인 역할. $troops = "thousands" (수천 명) or a number.
# en-US cba9dbf9
fact-troops-to-kursk = 북한은 우크라이나에서 전쟁을 치르는 러시아를 돕기 위해 { $troops ->
        [thousands] 병력 수천 명을
       *[other] 병력 { $troops }명을
    } 보냈다. 특히 쿠르스크 지역에서는 러시아 영토로 들어온 우크라이나군을 밀어내는 데 핵심적인 역할을 했다. 자국 병사를 전투에 직접 투입한 것은 평양이 모스크바 편에 서서 얼마나 깊이 관여하고 있는지를 보여 준다.
    .title = 쿠르스크 지역 등에 병력 파견
# Hedge kept in the sentence itself: 한국 측 소식통에 따르면 … 전해졌다.
# en-US fe6e7bb3
fact-kursk-casualties = 한국 측 소식통에 따르면 쿠르스크 일대 전투에서 북한군 약 { $killed }명이 숨지고 { $wounded ->
        [thousands] 수천 명이
       *[other] { $wounded }명이
    } 다친 것으로 전해졌다.
    .title = 쿠르스크 일대 인명 피해
# en-US 82f47b7a
fact-arms-and-munitions = 북한은 러시아에 무기와 탄약을 공급해 우크라이나에서 벌어지는 모스크바의 전쟁 수행을 뒷받침하고 있다.
    .title = 무기·탄약 공급
# Suspicions only, relayed by Seoul, unconfirmed; “could” upset the balance: all four must stay.
# en-US 3735a2ac
fact-technology-transfer-suspected = 그 대가로 러시아가 민감한 군사 기술을 북한에 넘기고 있을 가능성이 의심된다. 서울 측이 전한 이 의혹은 아직 확인되지 않았으나, 사실로 드러나면 동아시아의 전략적 균형이 흔들릴 수 있다.
    .title = 군사 기술 이전 가능성 의혹

## 외교

# en-US 7e3165f3
fact-frequent-high-level-visits = 두 나라 고위 인사들의 만남이 1년 넘게 갈수록 잦아지고 있다.
    .title = 잦아진 고위급 방문
# No name for the minister, no title for Kim Jong Un: the article gives neither.
# en-US 64a98d8f
fact-foreign-minister-visit = 러시아 외무장관이 평양을 찾았고, 이 자리에서 김정은은 러시아를 조건 없이 지지한다는 뜻을 거듭 밝혔다.
    .title = 러시아 외무장관 평양 방문
# en-US bd16519a
fact-duma-chairman-visit = 러시아 의회 하원인 두마의 의장이 북한을 방문했다.
    .title = 두마 의장 방북
# en-US ce5c7bc6
fact-beijing-summit-parade = 베이징에서 열린 3자 정상회의에서 러시아와 북한 정상이 중국 국가주석과 나란히 대규모 열병식에 모습을 드러냈다. 전 세계에 중계된 이 장면은 세 나라의 이해관계가 맞물려 가고 있음을 보여 줬다.
    .title = 베이징 3자 정상회의와 열병식
# $anniversary = 80 → “창건 80주년”. The article says only “the ruling party”: 집권당, no official name.
# en-US 114d1826
fact-party-anniversary-parade = 평양에서 열린 북한 집권당 창건 { $anniversary }주년 기념 열병식에 러시아 고위 인사가 참석했다.
    .title = 집권당 창건 기념 열병식

## 경제

# en-US 98aa22d1
fact-economic-ties-growing = 관심은 군사·외교 협력에 쏠려 있지만, 두 나라의 경제 관계도 활기를 더해 가고 있다.
    .title = 활기 띠는 경제 관계
# Keep “commercial” (상업 항공편); do not say “direct” or “regular”: the article does not.
# en-US 6dd8feed
fact-first-moscow-pyongyang-flight = 모스크바를 출발한 상업 항공편이 평양에 내렸다. 수십 년 만에 처음 있는 일이다.
    .title = 수십 년 만의 모스크바–평양 상업 항공편
# en-US ef4962bc
fact-road-bridge-construction = 두 나라를 잇는 도로 교량 공사가 시작됐다. 국경을 넘는 교역을 쉽게 하려는 사업으로, 완공되면 양국 교역의 전략적 통로가 될 수 있다.
    .title = 도로 교량 건설
# en-US 3e0f7552
fact-shared-land-border = 두 나라는 극동에서 길이가 { $border_km }km에 불과한 육상 국경을 맞대고 있으며, 이제 이 지리적 근접성을 살리려 하고 있다.
    .title = 길이 { $border_km }km의 국경

## 문화

# en-US 39968c94
fact-moscow-painting-exhibition = 모스크바의 한 전시회가 그림으로 북러 동맹을 기렸다. 나란히 싸우는 러시아군과 북한군, 김정은을 그린 작품, 김치를 담그는 모습 같은 북한의 일상 풍경이 걸렸다.
    .title = 모스크바 회화 전시회
# en-US fc172b1b
fact-culture-builds-unity = 이러한 문화 활동은 공통의 상징을 내세워 두 나라 국민 사이에 일체감을 만들고, 양국 국민의 눈에 동맹을 정당한 것으로 비치게 하려는 것이다.
    .title = 일체감을 다지는 문화

## 전망과 위험 요인

# en-US 5ddd4241
fact-russia-gains-reliable-ally = 러시아로서는 서방과의 긴장이 이어지는 가운데 믿을 만한 동맹을 얻은 셈이다.
    .title = 러시아: 믿을 만한 동맹
# en-US 029e0d66
fact-north-korea-gains = 북한은 이번 밀착을 발판으로 군사·경제 역량을 키우는 한편 국제무대에서 존재감도 높이고 있다.
    .title = 북한: 역량 강화와 존재감
# en-US acd7411f
fact-risk-regional-reactions = 위험 요인: 민감한 기술 이전 의혹은 한국과 일본을 비롯한 역내 강국들의 거센 반발을 부를 수 있다.
    .title = 위험: 한국·일본의 반발
# en-US 52c31221
fact-risk-isolation = 위험 요인: 우크라이나 전쟁에 군사적으로 개입한 탓에 북한은 다른 나라들과 관계를 개선하기가 더 어려워질 수 있다.
    .title = 위험: 다른 나라와의 관계 개선 난항
# en-US 17327c1a
fact-major-development = 군사·외교·경제·문화에 걸친 북러 동맹은 지역과 세계의 역학 구도를 바꿀 수 있는 주요 지정학적 현상으로 떠올랐다. 국제사회의 압력과 내부 과제 속에서 이 관계가 어떻게 흘러갈지는 지켜봐야 한다.
    .title = 주요 지정학적 변수, 향방은 미지수

# 답변을 이루는 요소: 분야, 확실성 정도, 출처, 월, 날짜.

## 분야: 이름, 답변 제목, 첫 문장.
# 분야 이름은 commands.ftl의 선택지(군사, 외교, 경제, 문화, 전망)와 같은 말을 쓴다.

# en-US 0aaacc13
domain-military = 군사
    .title = 군사 협력
    .lead = 상호방위조약 체결부터 러시아 영토에서 싸운 북한군까지.
# en-US 548a20bf
domain-diplomatic = 외교
    .title = 외교 교류
    .lead = 잇단 방문, 3자 정상회의, 두 차례의 열병식: 1년 넘게 더 긴밀해지고 더 공공연해진 관계.
# en-US e1d4c6b9
domain-economic = 경제
    .title = 경제 관계
    .lead = 넓어지는 경제 교류: 수십 년 만의 첫 상업 항공편, 도로 교량, 짧은 국경의 활용.
# en-US 8fccd647
domain-cultural = 문화
    .title = 문화 분야 교류
    .lead = 두 나라 국민에게 동맹을 알리는 데 동원된 예술.
# en-US 8a429f8d
domain-outlook = 전망
    .title = 전망과 위험 요인
    .lead = 양측이 얻는 것과 동맹 때문에 치를 수 있는 대가: 기사의 평가.

## 사실의 확실성 정도와 출처.

# How the article presents a fact; `confirmed` (stated as established) is never shown.
# The hedge after a fact reads “(출처 + 확실성)”: (한국 측 소식통 인용 보도), (서울 측이 전한 미확인 의혹),
# or, for the article's own reading, (기사 자체의 분석).
# en-US c0569b9c
confidence-confirmed = 기사 서술
# en-US 113a6cf5
confidence-reported = 보도
# en-US e4408800
confidence-alleged = 미확인 의혹
# en-US 516f3f91
confidence-assessment = 기사 자체의 분석
# 기사가 누군가의 말로 전하는 사실 뒤에 붙는다. `$source`는 그 출처의 `.cited`.
# en-US aeca6535
fact-hedge = ({ $source } { $confidence })
# 기사가 누구의 말로도 돌리지 않았지만 확정 사실로 서술하지도 않은 경우.
# en-US 702975f5
fact-hedge-own = ({ $confidence })
# 저장소에 들어온 뒤 수정된 사실 뒤에 붙는다. $date: “2026년 12월 5일”.
# en-US e5613187
fact-updated = ({ $date } 수정)

# 사실의 출처 문서를 바닥글에 적는 방식. The title and the section stay as the document gives them.
# en-US 70f3a682
source-document = “{ $title }”({ $section ->
        [none] {""}
       *[other] { $section } 섹션, {""}
    }{ $language ->
        [fr] 프랑스어
        [en] 영어
       *[other] { $language }
    } 원문)
# 기사가 주장의 출처로 밝힌 곳: 값은 바닥글에 쓰는 이름, `.cited`는 단서 안에서 부르는 방식.
# `.cited` is followed by the confidence label in fact-hedge: “한국 측 소식통 인용” + “보도”.
# “Séoul” (the South Korean government, by metonymy) → 서울 측.
# en-US bf37f437
source-south-korean-sources = 한국 측 소식통
    .cited = { $confidence ->
        [reported] 한국 측 소식통 인용
       *[other] 한국 측 소식통이 전한
    }
# en-US 1786a044
source-seoul = 서울
    .cited = { $confidence ->
        [reported] 서울 측 인용
       *[other] 서울 측이 전한
    }

## 월: 독자가 /동맹 월별에 입력하는 이름(날짜 표시는 CLDR 형식을 따른다).
# `.typed`: 독자가 입력할 수 있는 다른 형태(쉼표로 구분). 0을 붙인 형태(07월)와 한글로 쓴 이름(칠월,
# 발음대로 쓰는 유월·시월).
# `month-filler`: 연도와 월 사이에 써서 읽을 때 무시할 말(“2025년 7월”의 “년”).

# en-US a03fdb2c
month-1 = 1월
    .typed = 01월, 일월
# en-US df1d06b4
month-2 = 2월
    .typed = 02월, 이월
# en-US 248c9f72
month-3 = 3월
    .typed = 03월, 삼월
# en-US 28a3202c
month-4 = 4월
    .typed = 04월, 사월
# en-US 7f154281
month-5 = 5월
    .typed = 05월, 오월
# en-US e1d29d81
month-6 = 6월
    .typed = 06월, 유월
# en-US 2cbf27a1
month-7 = 7월
    .typed = 07월, 칠월
# en-US 83bb941b
month-8 = 8월
    .typed = 08월, 팔월
# en-US d97b8ab9
month-9 = 9월
    .typed = 09월, 구월
# en-US bddbe3b0
month-10 = 10월
    .typed = 시월
# en-US 9e77977e
month-11 = 11월
    .typed = 십일월
# en-US 4a6e70a1
month-12 = 12월
    .typed = 십이월
month-filler = 년

## 날짜: 출처가 밝힌 정밀도 그대로. $year arrives as text (“2024”).

# en-US 062b3869
when-year = { $year }년
# en-US 649849cb
when-part = { $part ->
        [early] { $year }년 초
        [mid] { $year }년 중반
       *[late] { $year }년 말
    }
# en-US afd5e6e9
when-season = { $season ->
        [spring] { $year }년 봄
        [summer] { $year }년 여름
        [autumn] { $year }년 가을
       *[winter] { $year }년 겨울
    }
# en-US f0a29d67
when-span = { $from }~{ $to }
# 기간 중 한 달로 조회했을 때: 기간 전체와, 그 달에 진행 중이었다는 표시.
# en-US 00ca672e
when-ongoing = { $when }(진행 중)
# 기사가 연도를 밝히지 않아 맥락으로 추정한 날짜(footer-inferred 참조).
# en-US 6a6f0c31
when-inferred = { $when }†
# 기사가 날짜 없이 ‘최근’이라고만 한 사실.
# en-US 32be7a8b
when-recent = 최근

## 요일, 월요일부터. 문장 안에서 쓰는 형태.

# en-US 8e606157
weekday-1 = 월요일
# en-US fb75d809
weekday-2 = 화요일
# en-US 070a9e52
weekday-3 = 수요일
# en-US 820d53be
weekday-4 = 목요일
# en-US 23048e50
weekday-5 = 금요일
# en-US c2c0b951
weekday-6 = 토요일
# en-US 6d71cdfa
weekday-7 = 일요일

## 브리핑에 필요한 채널 권한, 한국어 Discord 클라이언트의 표기대로.

# en-US 15964928
permission-view-channel = 채널 보기
# en-US 8b754125
permission-send-messages = 메시지 보내기
# en-US 6c738ea1
permission-embed-links = 링크 첨부
# en-US ce744a92
permission-create-threads = 공개 스레드 만들기

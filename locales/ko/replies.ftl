# 모든 답변의 틀: 제목, 첫 문장, 바닥글, 페이지 버튼.
# 합쇼체. $month arrives as CLDR's Korean month-year, e.g. “2025년 7월”.

# en-US 89e8552d
reply-overview-title = 북러 동맹 한눈에 보기
# en-US b200dc12
reply-overview-lead = 두 나라는 2024년부터 여러 분야에서 한꺼번에 결속을 다져 왔습니다. 분야별 핵심 행보를 정리했습니다.
# en-US 60a2090c
reply-overview-hint = 자세한 내용은 /{ cmd-alliance } 뒤에 다음 중 하나를 입력하십시오: { $subcommands }.

# en-US 7bfb9791
reply-timeline-title = 북러 동맹 연표
# en-US 235991c9
reply-timeline-lead = 날짜가 밝혀진 사건 { $count }건을 오래된 순으로 정리했습니다.
# 기사가 날짜 없이 ‘최근’이라고만 한 사실: 날짜 있는 사실 뒤에, 시간 순서와 별도로.
# en-US 93f14d94
reply-timeline-undated = 이 밖에 날짜 없이 최근 일로만 알려진 사실 { $count }건은 시간 순서와 별도로 맨 끝에 실었습니다.

# en-US 81f27553
reply-month-title = { $month } 북러 동맹 동향
# en-US 56469182
reply-month-lead = { $month }에 있었던 사건은 { $count }건입니다.
# en-US 2eb761b1
reply-month-empty = { $month }에 기록된 사건이 없습니다.
# 독자가 연도 없이 월만 입력한 경우: 어느 연도로 보았는지와 그 이유.
# en-US b732ff71
reply-month-year-assumed = 연도를 입력하지 않아 { $year }년으로 보았습니다. 이 달에 사건이 있었던 가장 최근 연도입니다.
# 그 달을 포함하는 더 긴 기간으로만 날짜가 밝혀진 사실: 따로, 그 기간과 함께, 건수에 넣지 않고.
# en-US e9e00134
reply-month-ongoing = { $month }로 날짜가 특정되지는 않았지만, 이 달을 포함한 더 긴 기간에 걸쳐 진행된 일:
# en-US 5aafd3fc
reply-month-available = 사건이 있는 달: { $months }.

# 답변에 실린 사실의 출처 문서, 그리고 기사가 일부 주장의 출처로 밝힌 곳.
# en-US 9b3feee7
footer-sources = 출처: { $documents }
# en-US 5c51aa5a
footer-attributions = 기사가 밝힌 주장의 출처: { $attributions }
# † 표시(when-inferred)가 있는 답변에 한 번.
# en-US f51bd4e9
footer-inferred = † 기사에는 월만 나오고 연도는 없어, 앞뒤 맥락으로 연도를 추정했습니다.
# 사실 저장소가 마지막으로 바뀐 날(사실 추가, 수정, 철회).
# en-US 4ec27132
footer-updated = 사실 정보 기준일: { $date }
# en-US eeccb87c
footer-page = { $page }/{ $pages }쪽

# en-US 1bf9d747
button-previous = 이전
# en-US 01aa3b64
button-next = 다음

# 명령줄의 텍스트 배치: 항목 이름 뒤에 그 내용.
# en-US 1c60386a
plain-field = { $name }:

## /언어

# en-US e41b4d4d
language-set = 이제 이 서버의 답변 언어는 { $language ->
        [en-US] 영어
        [fr] 프랑스어
        [de] 독일어
        [es-ES] 스페인어
        [ru] 러시아어
        [uk] 우크라이나어
        [ko] 한국어
        [ja] 일본어
       *[other] { $name }
    }입니다. Discord가 알려 주는 이 서버의 언어는 { $locale }입니다. 커뮤니티 서버가 아니면 항상 en-US로 표시되기 때문에 /{ cmd-language } 명령어가 있습니다.
# en-US 252aeeae
language-set-auto = 이제 이 서버의 답변은 서버의 Discord 언어(현재 { $locale })를 따릅니다. 커뮤니티 서버가 아니면 Discord는 항상 en-US로 알려 주므로, 바꾸려면 /{ cmd-language } 명령어로 언어를 고르십시오.

## 연표 그림(/동맹 연표): 범례, 주석, 대체 텍스트.

# en-US 88583fa7
timeline-legend-hedged = 속이 빈 표시: 단서가 붙은 사실(보도, 의혹, 분석)
# en-US da9a9dc2
timeline-legend-span = 막대: 일정 기간에 걸친 일
# en-US 9a17c033
timeline-legend-rough = 옅은 막대: 연도, 연중 시기, 계절까지만 밝혀진 일
# 기사가 날짜 없이 ‘최근’이라고만 한 사실의 칸: 시간축과 떨어져 있다.
# en-US 49210f81
timeline-undated = 최근(날짜 미상)
# 기사가 누군가의 말로 전한 사실의 줄: 제목, 그리고 그 출처의 이름.
# en-US b258bb48
timeline-attributed = { $title }({ $source })
# 저장소의 사실이 그림의 줄 수보다 많을 때, 그림과 답변에 표시.
# en-US 7f6e4202
timeline-not-drawn = 그림에는 최근 사건 { $drawn }건만 나타냈습니다. 그 이전의 { $hidden }건은 그리지 않았습니다.
# 화면 낭독기용 그림 설명. `$period` is like “2024년~2025년 10월”.
# en-US 1250f281
timeline-alt = 북러 동맹 사건 { $count }건을 시간축 위에 나타낸 도표입니다. 기간은 { $period }이고, 사건마다 한 줄씩 분야별 색({ $domains })으로 구분했습니다. { $hedged ->
        [0] 단서가 붙은 사건은 없습니다.
       *[other] 단서가 붙은 { $hedged }건은 속이 빈 모양으로 그렸습니다.
    }
# en-US 029bcbf9
layout-set-components = 이제 이 서버의 답변과 브리핑은 Discord의 현재 레이아웃으로 표시됩니다. 이 레이아웃에 담기에 너무 긴 것은 계속 임베드로 보냅니다.
# en-US e4dd16b9
layout-set-embeds = 이제 이 서버의 답변과 브리핑은 임베드로 표시됩니다.

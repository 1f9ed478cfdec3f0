# 한국어 Discord 클라이언트에 표시되는 슬래시 명령어 이름과 설명.
# Names: 1 to 32 characters, lowercase, no spaces (Hangul is allowed). Descriptions: at most 100 characters.
# 명령어 이름은 한국 사용자가 직접 입력하는 말이므로 짧은 한글 명사로 통일했다.
# Other messages refer to these names ({ cmd-alliance }, { cmd-digest } …): change them here only.

# en-US 78b2d189
cmd-alliance = 동맹
    .description = 출처를 밝힌 북러 동맹 요약
# en-US 273953c6
cmd-alliance-overview = 개요
    .description = 분야별 핵심 행보 한눈에 보기
# en-US c3c4680d
cmd-alliance-military = 군사
    .description = 군사 협력: 조약, 파병, 무기
# en-US 88d24f5c
cmd-alliance-diplomatic = 외교
    .description = 방문, 정상회의, 열병식
# en-US 876c9e64
cmd-alliance-economic = 경제
    .description = 교통 연결과 교역
# en-US e856f4d3
cmd-alliance-cultural = 문화
    .description = 문화 분야 교류
# en-US 7f788163
cmd-alliance-outlook = 전망
    .description = 양측이 얻는 것과 위험 요인
# en-US 4fbebbf3
cmd-alliance-timeline = 연표
    .description = 날짜가 있는 모든 사건을 오래된 순으로
# en-US 9f1cfb11
cmd-alliance-month = 월별
    .description = 특정한 달에 있었던 일
# The month option: the examples must really parse (see month-* and month-filler in labels.ftl).
# en-US d2ea3da1
cmd-alliance-month-month = 월
    .description = 월. 예: 7월, 2025년 7월, 2025-07
# en-US 169551c9
cmd-language = 언어
    .description = 이 서버의 답변 언어 선택(서버 관리하기 권한 필요)
# en-US 58ecc19c
cmd-language-value = 설정
    .description = 언어를 고르거나, auto를 골라 서버의 Discord 언어를 따르기

# /language 선택지: 이 언어의 자기 이름, 그리고 “auto”.
# en-US 93f1055e
language-name = 한국어
# en-US 5a057cf8
language-auto = Discord 언어 따르기(auto)

# “digest” = 정기 브리핑. 본문에서도 “브리핑”으로 통일.
# en-US 42f36ab0
cmd-digest = 브리핑
    .description = 채널에 정기적으로 게시하는 북러 동맹 브리핑(서버 관리하기 권한 필요)
# en-US f0bcf7c0
cmd-digest-subscribe = 구독
    .description = 채널에 정기 브리핑 게시. 그 채널에 있던 기존 일정은 대체됩니다
# en-US c2403d48
cmd-digest-subscribe-channel = 채널
    .description = 게시할 텍스트, 공지 또는 포럼 채널
# en-US ce677715
cmd-digest-subscribe-frequency = 주기
    .description = 게시 주기
# Choices: `choice-<command>-<option>-<choice>`, a label of 1 to 100 characters.
# en-US 32fd8369
choice-digest-subscribe-frequency-daily = 매일
# en-US 813fc3ac
choice-digest-subscribe-frequency-weekly = 매주
# en-US ca2cccd3
choice-digest-subscribe-frequency-monthly = 매월
# en-US 34e3e73d
cmd-digest-subscribe-time = 시간
    .description = 게시할 현지 시각(24시간제). 예: 08:00, 18:30
# en-US 58646b50
cmd-digest-subscribe-timezone = 시간대
    .description = 시간대. 예: Europe/Paris(기본값: UTC)
# en-US 2a3aa3ee
cmd-digest-subscribe-weekday = 요일
    .description = 주간 브리핑: 게시할 요일
# en-US 325b87a2
choice-digest-subscribe-weekday-monday = 월요일
# en-US c2ef2fcc
choice-digest-subscribe-weekday-tuesday = 화요일
# en-US 9b75efbe
choice-digest-subscribe-weekday-wednesday = 수요일
# en-US e27828d9
choice-digest-subscribe-weekday-thursday = 목요일
# en-US c5c23d72
choice-digest-subscribe-weekday-friday = 금요일
# en-US 9db1adc4
choice-digest-subscribe-weekday-saturday = 토요일
# en-US bcce2a4c
choice-digest-subscribe-weekday-sunday = 일요일
# en-US e5a7d604
cmd-digest-subscribe-day = 날짜
    .description = 월간 브리핑: 게시할 날짜(1~28일)
# en-US 616aadc7
cmd-digest-subscribe-topic = 분야
    .description = 이 분야만 다루기(여러 분야는 { cmd-digest-subscribe-topic-2 } 등을 추가, 지정하지 않으면 전체)
# en-US a0dc7f9e
cmd-digest-subscribe-topic-2 = 분야-2
    .description = 함께 다룰 다른 분야
# en-US 3ecef77f
cmd-digest-subscribe-topic-3 = 분야-3
    .description = 함께 다룰 다른 분야
# en-US 286f8692
cmd-digest-subscribe-topic-4 = 분야-4
    .description = 함께 다룰 다른 분야
# 모든 분야 옵션(분야, 분야-2 …)의 선택지. domain-* in labels.ftl uses the same words.
# en-US cf821015
choice-digest-subscribe-topic-military = 군사
# en-US af031af2
choice-digest-subscribe-topic-diplomatic = 외교
# en-US 707d1c1e
choice-digest-subscribe-topic-economic = 경제
# en-US 22319439
choice-digest-subscribe-topic-cultural = 문화
# en-US 98de5a2c
choice-digest-subscribe-topic-outlook = 전망
# en-US baef15f0
cmd-digest-subscribe-role = 역할
    .description = 브리핑마다 맨 위에서 멘션할 역할
# en-US 21b1e638
cmd-digest-subscribe-publish = 발행
    .description = 공지 채널: 팔로우하는 서버로 브리핑마다 발행(기본값: 예)
# en-US 1cd70205
cmd-digest-subscribe-thread = 스레드
    .description = 브리핑마다 토론용 스레드 열기
# en-US f6ede1b3
cmd-digest-unsubscribe = 구독취소
    .description = 채널의 브리핑 중지
# en-US c9921c60
cmd-digest-status = 상태
    .description = 이 서버의 브리핑: 채널, 일정, 분야, 다음 실행과 최근 실행
# en-US 006babca
cmd-digest-preview = 미리보기
    .description = 다음 브리핑에 게시될 내용을 나만 보기
# en-US 50f6ace2
cmd-digest-preview-channel = 채널
    .description = 미리 볼 브리핑의 채널(서버에 브리핑이 여러 개일 때 필요)
# en-US 7d1b82ae
cmd-digest-unsubscribe-channel = 채널
    .description = 브리핑을 중지할 채널
# en-US 71d3ade6
cmd-digest-history = 기록
    .description = 채널 브리핑의 최근 실행 기록과 각각의 결과
# en-US 1ccc3377
cmd-digest-history-channel = 채널
    .description = 기록을 볼 브리핑의 채널
# en-US af905522
cmd-my-digest = 내-브리핑
    .description = 원하는 일정에 개인 메시지로 받는 나만의 북러 동맹 브리핑
# en-US 87fb6866
cmd-my-digest-start = 시작
    .description = 정기 브리핑을 개인 메시지로 받기. 기존 일정은 대체됩니다
# en-US a37c5277
cmd-my-digest-status = 상태
    .description = 개인 메시지 브리핑: 일정, 분야, 다음 실행과 최근 실행
# en-US 4df1fe6b
cmd-my-digest-stop = 중지
    .description = 개인 메시지 브리핑 중지
# en-US e6c9d174
cmd-layout = 레이아웃
    .description = 이 서버의 답변과 브리핑 표시 방식 선택(서버 관리하기 권한 필요)
# en-US 14d31fbd
cmd-layout-value = 설정
    .description = Discord의 현재 레이아웃, 또는 기존처럼 임베드
# en-US 50165dec
choice-layout-value-components = Discord의 현재 레이아웃(기본값)
# en-US 03333308
choice-layout-value-embeds = 임베드(기존 방식)

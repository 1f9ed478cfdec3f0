# 사용자가 볼 수 있는 모든 오류. 짧게 쓰고, 대신 무엇을 입력해야 하는지 알려 준다.
# 합쇼체. 변수 뒤에는 받침에 따라 바뀌는 조사를 붙이지 않는다(“…”: 형식이나 “에”를 쓴다).
# Command names come from commands.ftl ({ cmd-alliance } = 동맹), so a Korean user sees /동맹.
# Month examples must be ones the program really reads: 7월, 2025년 7월, 2025-07.

# en-US 57a192aa
error-empty = 명령어를 입력하십시오. 예: /{ cmd-alliance } { cmd-alliance-overview }
# en-US 65a2a17b
error-unknown-command = “{ $command }” 명령어는 없습니다. /{ cmd-alliance } 명령어를 사용해 보십시오.
# en-US 2e1daaf9
error-missing-subcommand = /{ cmd-alliance } 뒤에 주제를 입력하십시오: { $subcommands }.
# en-US e520df98
error-unknown-subcommand = /{ cmd-alliance }에는 “{ $subcommand }” 주제가 없습니다. 다음 중 하나를 입력하십시오: { $subcommands }.
# en-US 5ef6b937
error-unknown-option = /{ cmd-alliance } { $subcommand }에는 “{ $option }” 옵션이 없습니다.
# en-US 6fd2d4ed
error-unexpected-value = /{ cmd-alliance } { $subcommand }에는 값을 붙이지 않습니다. 입력된 값: “{ $value }”
# en-US 9e6e486b
error-missing-option = /{ cmd-alliance } { $subcommand }에는 { $option } 값이 필요합니다. 예: /{ cmd-alliance } { $subcommand } { $option }:7월
# en-US 7c569318
error-bad-month = “{ $input }”: 읽을 수 없는 달입니다. 사건이 있는 달: { $months }. 7월, 2025년 7월 또는 2025-07처럼 입력하십시오.
# en-US b24ca1ab
error-internal = 죄송합니다. 내부에서 문제가 생겼습니다. 기록해 두었으니 잠시 후 다시 시도해 주십시오.
# en-US 2424898b
error-language-dm = /{ cmd-language } 명령어는 서버에서만 쓸 수 있습니다. 개인 메시지에서는 사용자의 Discord 언어로 답합니다.
# en-US af6ca240
error-language-unknown = “{ $value }”: 지원하지 않는 언어입니다. 다음 중에서 고르십시오: { $languages }.
# en-US 72202db4
error-storage = 죄송합니다. 설정을 저장하지 못해 아무것도 바뀌지 않았습니다. 잠시 후 다시 시도해 주십시오.
# en-US d549b101
error-page-gone = 더 이상 볼 수 없는 페이지입니다. 명령어를 다시 실행하십시오.
# en-US a6a19378
error-manage-server = /{ $command } 명령어는 이 서버를 관리할 수 있는 멤버만 사용할 수 있습니다.
# en-US 00b03a97
error-bad-option = /{ $command }에 입력된 값을 읽을 수 없습니다. Discord가 보여 주는 목록에서 고르십시오.
# en-US 3bdf5e87
error-outdated-command = Discord 앱이 이 명령어를 불러온 뒤 명령어가 바뀌었습니다. 잠시 후 다시 시도해 주십시오.
# en-US 7ec1c278
error-digest-dm = /{ cmd-digest } 명령어는 서버 전용입니다. 브리핑은 서버의 채널에 게시됩니다.
# en-US d04dfe15
error-server-without-bot = /{ $command } 명령어는 봇을 추가한 서버에서만 사용할 수 있습니다. /{ cmd-alliance } 명령어는 앱을 사용하는 곳이라면 어디서나 사용할 수 있습니다.
# en-US 36178bca
error-digest-time = “{ $input }”: 읽을 수 없는 시간입니다. 08:00, 18:30처럼 24시간제로 입력하십시오.
# en-US 496d0869
error-digest-zone = “{ $input }”: 알 수 없는 시간대입니다. Europe/Paris, America/New_York처럼 목록에서 고르십시오.
# en-US a1bb7d73
error-digest-missing-weekday = 주간 브리핑에는 요일이 필요합니다. { cmd-digest-subscribe-weekday } 옵션을 추가하십시오(예: 월요일).
# en-US cbd2eea8
error-digest-missing-day = 월간 브리핑에는 게시할 날짜(1~28일)가 필요합니다. { cmd-digest-subscribe-day } 옵션을 추가하십시오(예: 1).
# en-US e9664988
error-digest-unexpected-weekday = 요일은 주간 브리핑에만 지정합니다. { $frequency ->
        [daily] 일간
       *[monthly] 월간
    } 브리핑에서는 빼십시오.
# en-US b5c87c59
error-digest-unexpected-day = 날짜는 월간 브리핑에만 지정합니다. { $frequency ->
        [daily] 일간
       *[weekly] 주간
    } 브리핑에서는 빼십시오.
# en-US b4a4b6e2
error-digest-day = { $day }일이 없는 달도 있습니다. 1~28일 중에서 고르십시오.
# en-US 9dc59423
error-digest-channel-kind = { $channel }에는 브리핑을 게시할 수 없습니다. 텍스트, 공지 또는 포럼 채널을 고르십시오.
# en-US 5e6a09e8
error-digest-full = 이 서버에는 이미 브리핑이 최대치인 { $limit }개 있습니다. 먼저 /{ cmd-digest } { cmd-digest-unsubscribe } 명령어로 하나를 중지하십시오.
# en-US c23cd90a
error-digest-role-unknown = 이 서버에서 제가 멘션할 수 있는 역할이 아닙니다. 다른 역할을 고르십시오.
# en-US b69482f1
error-digest-role-unmentionable = { $role } 역할을 멘션할 수 없습니다. 서버 설정에서 이 역할을 멘션할 수 있게 하거나, 저에게 @everyone, @here, 모든 역할 멘션하기 권한을 주십시오.
# en-US 7d8f6ab4
error-digest-publish-kind = 공지 채널의 게시물만 발행할 수 있는데, { $channel } 채널은 공지 채널이 아닙니다. { cmd-digest-subscribe-publish } 옵션을 빼거나 공지 채널을 고르십시오.
# en-US 1afb0461
error-digest-forum-tag = { $channel } 포럼은 게시물마다 태그가 있어야 하는데, 제가 붙일 수 있는 태그가 없습니다. 관리자 전용이 아닌 태그를 추가하거나, 저에게 스레드 관리하기 권한을 주십시오.
# en-US 6c4d74cb
error-digest-channel-unseen = { $channel } 채널이 보이지 않습니다. 저에게 채널 보기 권한을 주거나 다른 채널을 고르십시오.
# en-US 9350f415
error-digest-channel-permissions = { $channel }에 브리핑을 게시할 수 없습니다. { $missing } 권한이 없습니다. 그 채널에서 저에게 { $count ->
        [1] 이 권한을
       *[other] 이 권한 { $count }개를
    } 주거나 다른 채널을 고르십시오.
# en-US d6bb1a30
error-layout-dm = /{ cmd-layout } 명령어는 서버에서만 쓸 수 있습니다. 개인 메시지에서는 Discord의 현재 레이아웃으로 답합니다.

# 정기 브리핑(digest): 게시물, 그리고 /브리핑 명령어의 답변.
# 사용자에게 보이는 문장은 합쇼체(-습니다/-십시오)로 통일.
# 변수 뒤에는 받침에 따라 바뀌는 조사(은/는, 이/가, 을/를)를 붙이지 않는다: “에”, “의”, 콜론, 괄호를 쓴다.
# Dates ($since, $date, $next) arrive formatted by CLDR for Korean, e.g. “2026년 11월 24일”.

## 이후의 브리핑: 직전 브리핑 이후 새로 들어온 사실.

# en-US 18463372
reply-news-title = 북러 동맹 새 소식
# en-US 56ba5e66
reply-news-lead = { $since } 이후 추가된 사실 { $count }건을 분야별로 정리했습니다.
# en-US 5b4811c7
reply-corrections-lead = 이전 브리핑에 실린 사실 가운데 { $count }건이 그 뒤 바뀌었습니다. 아래 정정 내용을 확인하십시오.

## 정정: 이전 브리핑에 실렸다가 그 뒤 수정되거나 철회된 사실.

# en-US be7b1caf
correction-heading = 정정
# en-US 29495e1b
correction-revised = 수정: { $note }
# en-US 6f749b3d
correction-withdrawn = 철회: { $note }
# 바뀐 수치: 이전 브리핑의 값 → 현재 값.
# en-US 0480c346
correction-figure = { $from } → { $to }

## /브리핑

# $weekday is weekday-N (월요일 …); $time is like 08:00; $zone is a time zone name.
# en-US 76b4bcf0
digest-cadence = { $frequency ->
        [daily] 매일 { $time }
        [weekly] 매주 { $weekday } { $time }
       *[monthly] 매월 { $day }일 { $time }
    }({ $zone })
# en-US 307f6036
digest-when = { $date } { $weekday } { $time }({ $zone })
# en-US 1a8d247d
digest-subscribed = 설정을 마쳤습니다. { $channel }에 브리핑이 게시됩니다. 일정: { $cadence }. 다음 게시: { $next }(사용자 현지 시각 { $timestamp }). 첫 브리핑은 전체 개요이며, 이후 브리핑은 직전 브리핑 이후의 새 소식을 전합니다.
# en-US a8ab0853
digest-replaced = 이 채널에 있던 기존 일정은 이 일정으로 대체됩니다.
# en-US de8f18b3
digest-unsubscribed = { $channel }의 브리핑을 중지했습니다. 더 이상 게시되지 않습니다.
# en-US 7e6de680
digest-none = 이 서버에는 브리핑이 없습니다. /{ cmd-digest } { cmd-digest-subscribe } 명령어로 시작하십시오.
# en-US 7785ad7d
digest-status = { $channel } 브리핑: { $cadence }.
# en-US 3c5a6a50
digest-status-next = 다음 게시: { $next }(사용자 현지 시각 { $timestamp }).
# en-US 7f9c1beb
digest-status-paused = 일시 중지됨: { $reason ->
        [forbidden] { $channel }에 게시할 권한이 더 이상 없습니다.
        [missing] { $channel }에서 { $missing } 권한이 없어졌습니다.
       *[gone] { $channel } 채널이 더 이상 존재하지 않습니다.
    } 채널에서 저에게 채널 보기, 메시지 보내기, 링크 첨부 권한을 준 뒤 /{ cmd-digest } { cmd-digest-subscribe } 명령어를 다시 실행하십시오.
# en-US 515496bc
digest-status-never = 아직 게시된 브리핑이 없습니다. 첫 브리핑은 전체 개요입니다.
# en-US 69ed4068
digest-status-last = 최근 실행: { $timestamp } — { $outcome }
# en-US 56c3e444
digest-outcome-posted = 게시했습니다.
# en-US 2996a88f
digest-outcome-nothing-new = 직전 브리핑 이후 새 소식이 없어 게시하지 않았습니다.
# en-US 95b94e35
digest-outcome-failed = Discord가 게시물을 받지 않았습니다({ $status ->
        [0] 응답 없음
       *[other] 오류 { $status }
    }). 다시 시도합니다.
# en-US 8931a149
digest-outcome-paused = 게시를 중지했습니다.
# en-US 3af3442c
digest-outcome-posted-link = 게시했습니다: { $link }
# en-US 80c221d6
digest-outcome-paused-because = 게시를 중지했습니다. { $reason ->
        [forbidden] { $channel }에서 필요한 권한을 잃었습니다.
        [missing] { $channel }에서 { $missing } 권한을 잃었습니다.
       *[gone] { $channel } 채널이 더 이상 존재하지 않습니다.
    }
# en-US 7fe113f6
digest-none-here = { $channel }에 게시되는 브리핑이 없습니다. /{ cmd-digest } { cmd-digest-subscribe } 명령어로 시작하십시오.
# en-US e4d65a0f
digest-topics-all = 분야: 전체
# en-US a5649b98
digest-topics = 분야: { $topics }
# en-US 09ece1d4
digest-role = 브리핑마다 { $role } 역할만 멘션하며, 다른 사람은 멘션하지 않습니다.
# en-US cdd3a285
digest-publish = 브리핑은 이 채널을 팔로우하는 서버에도 발행됩니다.
# en-US bb981e45
digest-thread = 브리핑마다 토론용 스레드가 열립니다.
# en-US 3c18b8fe
digest-forum = 브리핑은 포럼에 새 게시물로 올라갑니다.
# en-US 75348aba
digest-note-publish-refused = Discord가 팔로우하는 서버로 발행하지 않았습니다({ $status ->
        [0] 응답 없음
       *[other] 오류 { $status }
    }). 브리핑 자체는 그대로 게시되어 있습니다.
# en-US 176e276d
digest-note-thread-refused = Discord가 스레드를 열지 않았습니다({ $status ->
        [0] 응답 없음
       *[other] 오류 { $status }
    }). 브리핑 자체는 그대로 게시되어 있습니다.
# Korean has no plural: [0] for “none yet”, else one line with the count.
# en-US afd632ae
digest-history = { $count ->
        [0] { $channel }에서는 아직 실행된 브리핑이 없습니다.
       *[other] { $channel }의 최근 실행 { $count }건(최신순):
    }
# en-US f8855872
digest-history-run = { $timestamp }: { $outcome }
# en-US 6f980f05
digest-preview-which = 이 서버에는 브리핑이 여러 개 있습니다. { cmd-digest-preview-channel } 옵션으로 어느 채널의 브리핑인지 지정하십시오.
# en-US 5392be41
digest-paused-notice = { $channel }의 브리핑이 일시 중지되었습니다. { $reason ->
        [forbidden] 그 채널에서 필요한 권한을 잃었습니다.
        [missing] 그 채널에서 { $missing } 권한을 잃었습니다.
       *[gone] 채널이 더 이상 존재하지 않습니다.
    } 관리자가 /{ cmd-digest } { cmd-digest-subscribe } 명령어로 다시 시작할 수 있습니다.
# 브리핑의 스레드나 포럼 게시물 이름: 브리핑 제목과 날짜.
# en-US 5b034efe
digest-thread-name = { $title } – { $date }
# en-US 0f94e3d7
digest-preview = 다음 브리핑 미리보기({ $channel }, { $next } 게시 예정):
# en-US 820de6df
digest-preview-empty = 직전 브리핑 이후 새 소식이 없습니다. 다음 실행 때는 아무것도 게시되지 않습니다.
# en-US 97867de6
digest-outcome-dm-refused = Discord가 개인 메시지를 거부했습니다.
# en-US d32bf16c
my-digest-started = 설정을 마쳤습니다. 개인 메시지로 브리핑을 보내 드립니다. 일정: { $cadence }. 다음 발송: { $next }(사용자 현지 시각 { $timestamp }). 브리핑은 사용자가 마지막으로 저와 대화할 때 쓴 Discord 언어로 작성됩니다. 첫 브리핑은 전체 개요이며, 이후 브리핑은 직전 브리핑 이후의 새 소식을 전합니다.
# en-US b1a8ef27
my-digest-replaced = 기존 일정은 이 일정으로 대체됩니다.
# en-US 4cbaf7f7
my-digest-status = 개인 메시지 브리핑: { $cadence }.
# en-US 3c8f6057
my-digest-paused = 일시 중지됨: Discord가 제 개인 메시지를 거부했습니다(사용자가 저의 개인 메시지를 받지 않도록 설정했거나 제가 차단되었습니다). 제 메시지를 다시 받을 수 있게 되면 /{ cmd-my-digest } { cmd-my-digest-start } 명령어를 다시 실행하십시오.
# en-US 701af2f6
my-digest-stopped = 개인 메시지 브리핑을 중지했습니다. 더 이상 아무것도 보내 드리지 않습니다.
# en-US 5aba0e4d
my-digest-none = 개인 메시지로 받는 브리핑이 없습니다. /{ cmd-my-digest } { cmd-my-digest-start } 명령어로 시작하십시오.
# en-US cf8c1b20
my-digest-busy = 같은 순간에 다른 곳에서 브리핑이 변경되고 있었습니다. /{ cmd-my-digest } { cmd-my-digest-status } 명령어로 확인한 뒤 다시 시도하십시오.

# Дайджесты по расписанию: сами публикации и ответы команды /дайджест.
# Бот говорит о себе без прошедшего времени с родом («у меня нет права», а не «я потерял»).
# $weekday — это weekday-N из labels.ftl, уже с предлогом («в понедельник», «во вторник»).
# $next — это digest-when («в понедельник, 7 декабря 2026 г., в 08:00 (UTC)»).
# $timestamp — метка Discord <t:…:F>: каждый читатель видит её в своём часовом поясе и на своём языке.

## Следующий дайджест: что появилось в базе после предыдущего.

reply-news-title = Что нового в альянсе
# $since — полная дата по CLDR («24 ноября 2026 г.»): после «с» читается как родительный падеж.
reply-news-lead = { $count ->
        [one] С { $since } добавлен { $count } факт; ниже — по сферам.
        [few] С { $since } добавлено { $count } факта; ниже — по сферам.
        [many] С { $since } добавлено { $count } фактов; ниже — по сферам.
       *[other] С { $since } добавлено { $count } факта; ниже — по сферам.
    }
reply-corrections-lead = { $count ->
        [1] Один факт из прежнего дайджеста с тех пор изменился: см. исправление ниже.
        [one] { $count } факт из прежних дайджестов с тех пор изменился: см. исправления ниже.
        [few] { $count } факта из прежних дайджестов с тех пор изменились: см. исправления ниже.
        [many] { $count } фактов из прежних дайджестов с тех пор изменились: см. исправления ниже.
       *[other] { $count } факта из прежних дайджестов с тех пор изменились: см. исправления ниже.
    }

## Исправления: факт из прежнего дайджеста, с тех пор пересмотренный или отозванный.

correction-heading = Исправление
correction-revised = пересмотрено: { $note }
correction-withdrawn = отозвано: { $note }
# Изменившаяся цифра: от значения в прежнем дайджесте к нынешнему.
correction-figure = { $from } → { $to }

## /дайджест

# «15-го числа» подходит для любого дня от 1 до 28; $weekday уже с предлогом («в среду»).
digest-cadence = { $frequency ->
        [daily] ежедневно в { $time }
        [weekly] каждую неделю { $weekday } в { $time }
       *[monthly] ежемесячно, { $day }-го числа, в { $time }
    } ({ $zone })
# $date — полная дата по CLDR («7 декабря 2026 г.»).
digest-when = { $weekday }, { $date }, в { $time } ({ $zone })
digest-subscribed = Готово: дайджест будет выходить в { $channel } { $cadence }. Следующий — { $next }, то есть { $timestamp } по вашему времени. Первый выпуск — общий обзор, а в каждом последующем — то, что появилось после предыдущего.
digest-replaced = Прежнее расписание этого канала заменено.
digest-unsubscribed = Дайджест в { $channel } остановлен: больше там ничего публиковаться не будет.
digest-none = На этом сервере нет дайджеста. Настройте его командой /{ cmd-digest } { cmd-digest-subscribe }.
digest-status = Дайджест в { $channel }: { $cadence }.
digest-status-next = Следующий — { $next }, то есть { $timestamp } по вашему времени.
# $missing — перечень названий прав через запятую (permission-* из labels.ftl).
digest-status-paused = Приостановлен: { $reason ->
        [forbidden] мне больше не разрешено публиковать в { $channel }.
        [missing] у меня больше нет прав в { $channel }: { $missing }.
       *[gone] канала { $channel } больше не существует.
    } Выдайте мне в канале права «{ permission-view-channel }», «{ permission-send-messages }» и «{ permission-embed-links }», затем снова выполните /{ cmd-digest } { cmd-digest-subscribe }.
digest-status-never = Дайджест ещё ни разу не запускался: первым выпуском будет общий обзор.
digest-status-last = Последний запуск: { $timestamp }, { $outcome }
# Итоги запуска: идут после «Последний запуск: <время>,» и в истории после «<время>:».
digest-outcome-posted = дайджест опубликован.
digest-outcome-nothing-new = после предыдущего дайджеста ничего нового не появилось, поэтому публиковать было нечего.
digest-outcome-failed = Discord не принял публикацию ({ $status ->
        [0] нет ответа
       *[other] ошибка { $status }
    }); будет ещё одна попытка.
digest-outcome-paused = публикация остановлена.
digest-outcome-posted-link = дайджест опубликован: { $link }
digest-outcome-paused-because = публикация остановлена: { $reason ->
        [forbidden] у меня больше нет нужного права в { $channel }.
        [missing] у меня больше нет прав в { $channel }: { $missing }.
       *[gone] канала { $channel } больше не существует.
    }
digest-none-here = В { $channel } дайджест не публикуется. Настройте его командой /{ cmd-digest } { cmd-digest-subscribe }.
digest-topics-all = Темы: все сферы.
digest-topics = Темы: { $topics }.
digest-role = В каждом дайджесте упоминается { $role }, и больше никто.
digest-publish = Каждый дайджест публикуется и на серверах, подписанных на этот канал.
digest-thread = К каждому дайджесту открывается ветка для обсуждения.
digest-forum = Каждый дайджест — новая публикация на форуме.
digest-note-publish-refused = Discord не опубликовал его на серверах-подписчиках ({ $status ->
        [0] нет ответа
       *[other] ошибка { $status }
    }); сам дайджест остаётся в канале.
digest-note-thread-refused = Discord не открыл к нему ветку ({ $status ->
        [0] нет ответа
       *[other] ошибка { $status }
    }); сам дайджест остаётся в канале.
digest-history = { $count ->
        [0] В { $channel } дайджест ещё ни разу не запускался.
        [1] Последний запуск в { $channel }:
        [one] Последние { $count } запуск в { $channel }, сначала новые:
        [few] Последние { $count } запуска в { $channel }, сначала новые:
        [many] Последние { $count } запусков в { $channel }, сначала новые:
       *[other] Последние { $count } запуска в { $channel }, сначала новые:
    }
digest-history-run = { $timestamp }: { $outcome }
digest-preview-which = На сервере несколько дайджестов: укажите нужный в параметре «{ cmd-digest-preview-channel }».
digest-paused-notice = Дайджест в { $channel } приостановлен: { $reason ->
        [forbidden] у меня больше нет нужного права в этом канале.
        [missing] у меня больше нет прав в этом канале: { $missing }.
       *[gone] этого канала больше не существует.
    } Администратор может возобновить его командой /{ cmd-digest } { cmd-digest-subscribe }.
# Ветка или публикация на форуме для дайджеста: его заголовок и дата.
digest-thread-name = { $title } — { $date }
digest-preview = Вот что опубликует следующий дайджест в { $channel } { $next }:
digest-preview-empty = После последнего дайджеста ничего нового не появилось: следующий запуск ничего не опубликует.

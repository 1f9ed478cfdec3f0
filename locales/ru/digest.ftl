# Дайджесты по расписанию: сами публикации и ответы команды /дайджест.
# Бот говорит о себе без прошедшего времени с родом («у меня нет права», а не «я потерял»).
# $weekday — это weekday-N из labels.ftl, уже с предлогом («в понедельник», «во вторник»).
# $next — это digest-when («в понедельник, 7 декабря 2026 г., в 08:00 (UTC)»).
# $timestamp — метка Discord <t:…:F>: каждый читатель видит её в своём часовом поясе и на своём языке.

## Следующий дайджест: что появилось в базе после предыдущего.

# en-US 18463372
reply-news-title = Что нового в альянсе
# $since — полная дата по CLDR («24 ноября 2026 г.»): после «с» читается как родительный падеж.
# en-US 56ba5e66
reply-news-lead = { $count ->
        [one] С { $since } добавлен { $count } факт; ниже — по сферам.
        [few] С { $since } добавлено { $count } факта; ниже — по сферам.
        [many] С { $since } добавлено { $count } фактов; ниже — по сферам.
       *[other] С { $since } добавлено { $count } факта; ниже — по сферам.
    }
# en-US 5b4811c7
reply-corrections-lead = { $count ->
        [1] Один факт из прежнего дайджеста с тех пор изменился: см. исправление ниже.
        [one] { $count } факт из прежних дайджестов с тех пор изменился: см. исправления ниже.
        [few] { $count } факта из прежних дайджестов с тех пор изменились: см. исправления ниже.
        [many] { $count } фактов из прежних дайджестов с тех пор изменились: см. исправления ниже.
       *[other] { $count } факта из прежних дайджестов с тех пор изменились: см. исправления ниже.
    }

## Исправления: факт из прежнего дайджеста, с тех пор пересмотренный или отозванный.

# en-US be7b1caf
correction-heading = Исправление
# en-US 29495e1b
correction-revised = пересмотрено: { $note }
# en-US 6f749b3d
correction-withdrawn = отозвано: { $note }
# Изменившаяся цифра: от значения в прежнем дайджесте к нынешнему.
# en-US 0480c346
correction-figure = { $from } → { $to }

## /дайджест

# «15-го числа» подходит для любого дня от 1 до 28; $weekday уже с предлогом («в среду»).
# en-US 76b4bcf0
digest-cadence = { $frequency ->
        [daily] ежедневно в { $time }
        [weekly] каждую неделю { $weekday } в { $time }
       *[monthly] ежемесячно, { $day }-го числа, в { $time }
    } ({ $zone })
# $date — полная дата по CLDR («7 декабря 2026 г.»).
# en-US 307f6036
digest-when = { $weekday }, { $date }, в { $time } ({ $zone })
# en-US 1a8d247d
digest-subscribed = Готово: дайджест будет выходить в { $channel } { $cadence }. Следующий — { $next }, то есть { $timestamp } по вашему времени. Первый выпуск — общий обзор, а в каждом последующем — то, что появилось после предыдущего.
# en-US a8ab0853
digest-replaced = Прежнее расписание этого канала заменено.
# en-US de8f18b3
digest-unsubscribed = Дайджест в { $channel } остановлен: больше там ничего публиковаться не будет.
# en-US 7e6de680
digest-none = На этом сервере нет дайджеста. Настройте его командой /{ cmd-digest } { cmd-digest-subscribe }.
# en-US 7785ad7d
digest-status = Дайджест в { $channel }: { $cadence }.
# en-US 3c5a6a50
digest-status-next = Следующий — { $next }, то есть { $timestamp } по вашему времени.
# $missing — перечень названий прав через запятую (permission-* из labels.ftl).
# en-US 7f9c1beb
digest-status-paused = Приостановлен: { $reason ->
        [forbidden] мне больше не разрешено публиковать в { $channel }.
        [missing] у меня больше нет прав в { $channel }: { $missing }.
       *[gone] канала { $channel } больше не существует.
    } Выдайте мне в канале права «{ permission-view-channel }», «{ permission-send-messages }» и «{ permission-embed-links }», затем снова выполните /{ cmd-digest } { cmd-digest-subscribe }.
# en-US 515496bc
digest-status-never = Дайджест ещё ни разу не запускался: первым выпуском будет общий обзор.
# en-US 69ed4068
digest-status-last = Последний запуск: { $timestamp }, { $outcome }
# Итоги запуска: идут после «Последний запуск: <время>,» и в истории после «<время>:».
# en-US 56c3e444
digest-outcome-posted = дайджест опубликован.
# en-US 2996a88f
digest-outcome-nothing-new = после предыдущего дайджеста ничего нового не появилось, поэтому публиковать было нечего.
# en-US 95b94e35
digest-outcome-failed = Discord не принял публикацию ({ $status ->
        [0] нет ответа
       *[other] ошибка { $status }
    }); будет ещё одна попытка.
# en-US 8931a149
digest-outcome-paused = публикация остановлена.
# en-US 3af3442c
digest-outcome-posted-link = дайджест опубликован: { $link }
# en-US 80c221d6
digest-outcome-paused-because = публикация остановлена: { $reason ->
        [forbidden] у меня больше нет нужного права в { $channel }.
        [missing] у меня больше нет прав в { $channel }: { $missing }.
       *[gone] канала { $channel } больше не существует.
    }
# en-US 7fe113f6
digest-none-here = В { $channel } дайджест не публикуется. Настройте его командой /{ cmd-digest } { cmd-digest-subscribe }.
# en-US e4d65a0f
digest-topics-all = Темы: все сферы.
# en-US a5649b98
digest-topics = Темы: { $topics }.
# en-US 09ece1d4
digest-role = В каждом дайджесте упоминается { $role }, и больше никто.
# en-US cdd3a285
digest-publish = Каждый дайджест публикуется и на серверах, подписанных на этот канал.
# en-US bb981e45
digest-thread = К каждому дайджесту открывается ветка для обсуждения.
# en-US 3c18b8fe
digest-forum = Каждый дайджест — новая публикация на форуме.
# en-US 75348aba
digest-note-publish-refused = Discord не опубликовал его на серверах-подписчиках ({ $status ->
        [0] нет ответа
       *[other] ошибка { $status }
    }); сам дайджест остаётся в канале.
# en-US 176e276d
digest-note-thread-refused = Discord не открыл к нему ветку ({ $status ->
        [0] нет ответа
       *[other] ошибка { $status }
    }); сам дайджест остаётся в канале.
# en-US afd632ae
digest-history = { $count ->
        [0] В { $channel } дайджест ещё ни разу не запускался.
        [1] Последний запуск в { $channel }:
        [one] Последние { $count } запуск в { $channel }, сначала новые:
        [few] Последние { $count } запуска в { $channel }, сначала новые:
        [many] Последние { $count } запусков в { $channel }, сначала новые:
       *[other] Последние { $count } запуска в { $channel }, сначала новые:
    }
# en-US f8855872
digest-history-run = { $timestamp }: { $outcome }
# en-US 6f980f05
digest-preview-which = На сервере несколько дайджестов: укажите нужный в параметре «{ cmd-digest-preview-channel }».
# en-US 5392be41
digest-paused-notice = Дайджест в { $channel } приостановлен: { $reason ->
        [forbidden] у меня больше нет нужного права в этом канале.
        [missing] у меня больше нет прав в этом канале: { $missing }.
       *[gone] этого канала больше не существует.
    } Администратор может возобновить его командой /{ cmd-digest } { cmd-digest-subscribe }.
# Ветка или публикация на форуме для дайджеста: его заголовок и дата.
# en-US 5b034efe
digest-thread-name = { $title } — { $date }
# en-US 0f94e3d7
digest-preview = Вот что опубликует следующий дайджест в { $channel } { $next }:
# en-US 820de6df
digest-preview-empty = После последнего дайджеста ничего нового не появилось: следующий запуск ничего не опубликует.
# en-US 97867de6
digest-outcome-dm-refused = Discord отклонил личное сообщение.
# en-US d32bf16c
my-digest-started = Готово: дайджест будет приходить вам в личные сообщения { $cadence }. Следующий — { $next }, то есть { $timestamp } по вашему времени. Он будет на том языке Discord, на котором вы в последний раз обращались ко мне. Первый выпуск — общий обзор, а в каждом последующем — то, что появилось после предыдущего.
# en-US b1a8ef27
my-digest-replaced = Ваше прежнее расписание заменено.
# en-US 4cbaf7f7
my-digest-status = Ваш дайджест в личных сообщениях: { $cadence }.
# en-US 3c8f6057
my-digest-paused = Приостановлен: Discord отклонил моё личное сообщение (ваши личные сообщения для меня закрыты или меня заблокировали). Когда вы снова будете принимать мои сообщения, ещё раз выполните /{ cmd-my-digest } { cmd-my-digest-start }.
# en-US 701af2f6
my-digest-stopped = Ваш дайджест в личных сообщениях остановлен: больше вам ничего присылаться не будет.
# en-US 5aba0e4d
my-digest-none = У вас нет дайджеста в личных сообщениях. Настройте его командой /{ cmd-my-digest } { cmd-my-digest-start }.
# en-US cf8c1b20
my-digest-busy = В этот же момент ваш дайджест меняли в другом месте: проверьте его командой /{ cmd-my-digest } { cmd-my-digest-status }, затем попробуйте ещё раз.

# Дайджести за розкладом: публікації та відповіді команди /дайджест.
# Множина за CLDR для української: [one] 1, 21, 31…; [few] 2–4, 22–24…; [many] 0, 5–20, 25…;
# *[other] — дробові числа (родовий однини: «1,5 факту»).

## Наступний дайджест: що зʼявилося в базі після попереднього.

# en-US 18463372
reply-news-title = Що нового в альянсі
# `$since` — повна дата від CLDR («24 листопада 2026 р.»): «з» + дата читається природно.
# en-US 56ba5e66
reply-news-lead = { $count ->
        [1] З { $since } додано один факт; нижче — за сферами.
        [one] З { $since } додано { $count } факт; нижче — за сферами.
        [few] З { $since } додано { $count } факти; нижче — за сферами.
        [many] З { $since } додано { $count } фактів; нижче — за сферами.
       *[other] З { $since } додано { $count } факту; нижче — за сферами.
    }
# en-US 5b4811c7
reply-corrections-lead = { $count ->
        [1] Один факт із попередніх дайджестів відтоді змінився: див. виправлення нижче.
        [one] { $count } факт із попередніх дайджестів відтоді змінився: див. виправлення нижче.
        [few] { $count } факти з попередніх дайджестів відтоді змінилися: див. виправлення нижче.
        [many] { $count } фактів із попередніх дайджестів відтоді змінилися: див. виправлення нижче.
       *[other] { $count } факту з попередніх дайджестів відтоді змінилося: див. виправлення нижче.
    }

## Виправлення: факт із попереднього дайджесту, який відтоді оновили або відкликали.

# en-US be7b1caf
correction-heading = Виправлення
# en-US 29495e1b
correction-revised = оновлено: { $note }
# en-US 6f749b3d
correction-withdrawn = відкликано: { $note }
# Показник, що змінився: від значення в попередньому дайджесті до нинішнього.
# en-US 0480c346
correction-figure = { $from } → { $to }

## /дайджест

# `$weekday` — weekday-* зі знахідним відмінком («у середу»), див. labels.ftl.
# en-US 76b4bcf0
digest-cadence = { $frequency ->
        [daily] щодня о { $time }
        [weekly] щотижня у { $weekday } о { $time }
       *[monthly] щомісяця { $day }-го числа о { $time }
    } ({ $zone })
# Стає `$next` у реченнях нижче: «Наступний — у понеділок, 30 листопада 2026 р., о 08:00 (UTC)».
# en-US 307f6036
digest-when = у { $weekday }, { $date }, о { $time } ({ $zone })
# `$timestamp` — мітка часу Discord, яку клієнт показує в часовому поясі читача.
# en-US 1a8d247d
digest-subscribed = Готово: дайджест виходитиме в { $channel } { $cadence }. Наступний — { $next }, тобто { $timestamp } за вашим часом. Перший дайджест — загальний огляд; кожен наступний містить те, що зʼявилося після попереднього.
# en-US a8ab0853
digest-replaced = Цей розклад замінює той, що раніше діяв у цьому каналі.
# en-US de8f18b3
digest-unsubscribed = Дайджест у { $channel } зупинено: більше нічого не публікуватиметься.
# en-US 7e6de680
digest-none = На цьому сервері немає дайджестів. Створіть його командою /{ cmd-digest } { cmd-digest-subscribe }.
# en-US 7785ad7d
digest-status = Дайджест у { $channel }: { $cadence }.
# en-US 3c5a6a50
digest-status-next = Наступний — { $next }, тобто { $timestamp } за вашим часом.
# `$missing` — назви дозволів (permission-* у labels.ftl) через кому: після двокрапки, без відмінювання.
# en-US 7f9c1beb
digest-status-paused = Призупинено: { $reason ->
        [forbidden] мені більше не дозволено публікувати в { $channel }.
        [missing] у { $channel } мені тепер бракує дозволів: { $missing }.
       *[gone] { $channel } більше не існує.
    } Надайте мені в якомусь каналі дозволи «Переглядати канал», «Надсилати повідомлення» та «Вбудовувати посилання», а потім знову виконайте /{ cmd-digest } { cmd-digest-subscribe }.
# en-US 515496bc
digest-status-never = Дайджест ще жодного разу не виходив: першим буде загальний огляд.
# en-US 69ed4068
digest-status-last = Останній запуск: { $timestamp }, { $outcome }
# en-US 56c3e444
digest-outcome-posted = опубліковано.
# en-US 2996a88f
digest-outcome-nothing-new = після попереднього дайджесту нічого нового не зʼявилося, тож нічого не опубліковано.
# en-US 95b94e35
digest-outcome-failed = Discord не прийняв публікацію ({ $status ->
        [0] немає відповіді
       *[other] помилка { $status }
    }); буде ще одна спроба.
# en-US 8931a149
digest-outcome-paused = публікацію зупинено.
# en-US 3af3442c
digest-outcome-posted-link = опубліковано: { $link }
# en-US 80c221d6
digest-outcome-paused-because = публікацію зупинено: { $reason ->
        [forbidden] у { $channel } відкликано потрібний мені дозвіл.
        [missing] у { $channel } відкликано дозволи: { $missing }.
       *[gone] { $channel } більше не існує.
    }
# en-US 7fe113f6
digest-none-here = У { $channel } не виходить жоден дайджест. Створіть його командою /{ cmd-digest } { cmd-digest-subscribe }.
# en-US e4d65a0f
digest-topics-all = Теми: усі сфери.
# en-US a5649b98
digest-topics = Теми: { $topics }.
# en-US 09ece1d4
digest-role = Кожен дайджест згадує { $role } — і більше нікого.
# en-US cdd3a285
digest-publish = Кожен дайджест поширюється на сервери, що стежать за цим каналом.
# en-US bb981e45
digest-thread = До кожного дайджесту відкривається гілка для обговорення.
# en-US 3c18b8fe
digest-forum = Кожен дайджест — це новий допис на форумі.
# en-US 75348aba
digest-note-publish-refused = Discord не поширив його на сервери-підписники ({ $status ->
        [0] немає відповіді
       *[other] помилка { $status }
    }); сам дайджест залишається опублікованим.
# en-US 176e276d
digest-note-thread-refused = Discord не відкрив для нього гілку ({ $status ->
        [0] немає відповіді
       *[other] помилка { $status }
    }); сам дайджест залишається опублікованим.
# [1] стоїть перед [one], щоб для одного запуску не писати цифру (21 теж належить до [one]).
# en-US afd632ae
digest-history = { $count ->
        [0] У { $channel } дайджест ще жодного разу не виходив.
        [1] Останній запуск у { $channel }:
        [one] Останній { $count } запуск у { $channel }, від найновішого:
        [few] Останні { $count } запуски в { $channel }, від найновішого:
        [many] Останні { $count } запусків у { $channel }, від найновішого:
       *[other] Останні { $count } запуску в { $channel }, від найновішого:
    }
# en-US f8855872
digest-history-run = { $timestamp }: { $outcome }
# en-US 6f980f05
digest-preview-which = На цьому сервері кілька дайджестів: укажіть потрібний через параметр «{ cmd-digest-preview-channel }».
# en-US 5392be41
digest-paused-notice = Дайджест у { $channel } призупинено: { $reason ->
        [forbidden] там відкликано потрібний мені дозвіл.
        [missing] там відкликано дозволи: { $missing }.
       *[gone] цього каналу більше не існує.
    } Адміністратор може відновити його командою /{ cmd-digest } { cmd-digest-subscribe }.
# Назва гілки або допису на форумі: заголовок дайджесту і його дата.
# en-US 5b034efe
digest-thread-name = { $title } — { $date }
# en-US 0f94e3d7
digest-preview = Ось що наступний дайджест опублікує в { $channel } { $next }:
# en-US 820de6df
digest-preview-empty = Після останнього дайджесту нічого нового: наступний запуск нічого не опублікує.
# en-US 97867de6
digest-outcome-dm-refused = Discord відхилив особисте повідомлення.
# en-US d32bf16c
my-digest-started = Готово: дайджест надходитиме вам в особисті повідомлення { $cadence }. Наступний — { $next }, тобто { $timestamp } за вашим часом. Він буде тією мовою Discord, якою ви востаннє зверталися до мене. Перший дайджест — загальний огляд; кожен наступний містить те, що зʼявилося після попереднього.
# en-US b1a8ef27
my-digest-replaced = Цей розклад замінює ваш попередній.
# en-US 4cbaf7f7
my-digest-status = Ваш дайджест в особистих повідомленнях: { $cadence }.
# en-US 3c8f6057
my-digest-paused = Призупинено: Discord відхилив моє особисте повідомлення (ваші особисті повідомлення для мене закриті або мене заблоковано). Коли ви знову прийматимете мої повідомлення, ще раз виконайте /{ cmd-my-digest } { cmd-my-digest-start }.
# en-US 701af2f6
my-digest-stopped = Ваш дайджест в особистих повідомленнях зупинено: більше вам нічого не надсилатиметься.
# en-US 5aba0e4d
my-digest-none = У вас немає дайджесту в особистих повідомленнях. Створіть його командою /{ cmd-my-digest } { cmd-my-digest-start }.
# en-US cf8c1b20
my-digest-busy = Саме в цю мить ваш дайджест змінювали деінде: перевірте його командою /{ cmd-my-digest } { cmd-my-digest-status }, а потім спробуйте ще раз.

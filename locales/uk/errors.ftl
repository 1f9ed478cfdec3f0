# Усі помилки, які може побачити користувач. Коротко, і з підказкою, що ввести натомість.
# Назви команд беремо з commands.ftl через посилання ({ cmd-alliance } тощо), щоб вони
# збігалися з тим, що показує клієнт Discord українською.

error-empty = Введіть команду, наприклад /{ cmd-alliance } { cmd-alliance-overview }.
error-unknown-command = Команди «{ $command }» немає. Спробуйте /{ cmd-alliance }.
error-missing-subcommand = Після /{ cmd-alliance } потрібна тема: { $subcommands }.
error-unknown-subcommand = Теми «{ $subcommand }» у команді /{ cmd-alliance } немає. Спробуйте одну з цих: { $subcommands }.
error-unknown-option = Команда /{ cmd-alliance } { $subcommand } не має параметра «{ $option }».
error-unexpected-value = Команда /{ cmd-alliance } { $subcommand } не приймає значень, а отримано «{ $value }».
# Приклад місяця — українська назва з month-*, яку бот справді розпізнає.
error-missing-option = Для /{ cmd-alliance } { $subcommand } потрібен параметр «{ $option }», наприклад /{ cmd-alliance } { $subcommand } { $option }:липень.
error-bad-month = Не вдалося розпізнати місяць «{ $input }». Місяці з подіями: { $months }. Напишіть, наприклад, липень, липень 2025 або 2025-07.
error-internal = Вибачте, у нас щось пішло не так. Помилку зафіксовано; спробуйте ще раз за хвилину.
error-language-dm = Команда /{ cmd-language } працює лише на серверах. В особистих повідомленнях бот відповідає мовою вашого Discord.
error-language-unknown = Мови «{ $value }» я не знаю. Виберіть одну з цих: { $languages }.
error-storage = Вибачте, налаштування не вдалося зберегти, тож нічого не змінилося. Спробуйте ще раз за хвилину.
error-page-gone = Ця сторінка вже недоступна. Виконайте команду ще раз.
error-manage-server = Команду /{ $command } можуть використовувати лише учасники з дозволом «Керувати сервером».
error-bad-option = Не вдалося прочитати значення, передане команді /{ $command }. Виберіть його зі списку, який пропонує Discord.
error-outdated-command = Ця команда змінилася відтоді, як її завантажив ваш клієнт Discord. Спробуйте ще раз за хвилину.
error-digest-dm = Команда /{ cmd-digest } працює лише на серверах: дайджести публікуються в каналах сервера.
error-digest-time = Не вдалося розпізнати час «{ $input }». Укажіть його у 24-годинному форматі, наприклад 08:00 або 18:30.
error-digest-zone = Часового поясу «{ $input }» я не знаю. Виберіть пояс зі списку, наприклад Europe/Paris або America/New_York.
error-digest-missing-weekday = Щотижневому дайджесту потрібен день тижня: додайте параметр «{ cmd-digest-subscribe-weekday }», наприклад понеділок.
error-digest-missing-day = Щомісячному дайджесту потрібне число місяця від 1 до 28: додайте параметр «{ cmd-digest-subscribe-day }», наприклад 1.
error-digest-unexpected-weekday = День тижня вказують лише для щотижневого дайджесту: приберіть його з { $frequency ->
        [daily] щоденного
       *[monthly] щомісячного
    } дайджесту.
error-digest-unexpected-day = Число місяця вказують лише для щомісячного дайджесту: приберіть його з { $frequency ->
        [daily] щоденного
       *[weekly] щотижневого
    } дайджесту.
error-digest-day = Не в кожному місяці є число { $day }: виберіть день від 1 до 28.
error-digest-channel-kind = Я не можу публікувати дайджести в { $channel }: виберіть текстовий канал, канал оголошень або форум.
# `$limit` — число: іменник узгоджуємо з ним.
error-digest-full = На цьому сервері вже { $limit ->
        [one] { $limit } дайджест
        [few] { $limit } дайджести
        [many] { $limit } дайджестів
       *[other] { $limit } дайджесту
    } — це максимум. Спершу зупиніть один командою /{ cmd-digest } { cmd-digest-unsubscribe }.
error-digest-role-unknown = Серед ролей цього сервера, які я можу згадувати, такої немає: виберіть іншу.
error-digest-role-unmentionable = Я не можу згадати { $role }: дозвольте згадувати цю роль у налаштуваннях сервера або надайте мені дозвіл «Згадувати @everyone, @here та всі ролі».
error-digest-publish-kind = Поширювати на інші сервери можна лише дописи з каналу оголошень, а { $channel } — не такий канал: приберіть параметр «{ cmd-digest-subscribe-publish }» або виберіть канал оголошень.
error-digest-forum-tag = Форум { $channel } вимагає тег для кожного допису, а жоден із його тегів я додати не можу: додайте тег, не обмежений модераторами, або надайте мені дозвіл «Керувати гілками».
error-digest-channel-unseen = Я не бачу { $channel }. Надайте мені доступ до нього або виберіть інший канал.
# `$missing` — назви дозволів через кому; `$count` — їх кількість.
error-digest-channel-permissions = Я не можу публікувати дайджести в { $channel }: мені бракує { $count ->
        [one] дозволу
        [few] дозволів
        [many] дозволів
       *[other] дозволів
    }: { $missing }. Надайте { $count ->
        [one] його
        [few] їх
        [many] їх
       *[other] їх
    } мені в цьому каналі або виберіть інший канал.

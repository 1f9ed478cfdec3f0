# Усі помилки, які може побачити користувач. Коротко, і з підказкою, що ввести натомість.
# Назви команд беремо з commands.ftl через посилання ({ cmd-alliance } тощо), щоб вони
# збігалися з тим, що показує клієнт Discord українською.

# en-US 57a192aa
error-empty = Введіть команду, наприклад /{ cmd-alliance } { cmd-alliance-overview }.
# en-US 65a2a17b
error-unknown-command = Команди «{ $command }» немає. Спробуйте /{ cmd-alliance }.
# en-US 2e1daaf9
error-missing-subcommand = Після /{ cmd-alliance } потрібна тема: { $subcommands }.
# en-US e520df98
error-unknown-subcommand = Теми «{ $subcommand }» у команді /{ cmd-alliance } немає. Спробуйте одну з цих: { $subcommands }.
# en-US 5ef6b937
error-unknown-option = Команда /{ cmd-alliance } { $subcommand } не має параметра «{ $option }».
# en-US 6fd2d4ed
error-unexpected-value = Команда /{ cmd-alliance } { $subcommand } не приймає значень, а отримано «{ $value }».
# Приклад місяця — українська назва з month-*, яку бот справді розпізнає.
# en-US 9e6e486b
error-missing-option = Для /{ cmd-alliance } { $subcommand } потрібен параметр «{ $option }», наприклад /{ cmd-alliance } { $subcommand } { $option }:липень.
# en-US 7c569318
error-bad-month = Не вдалося розпізнати місяць «{ $input }». Місяці з подіями: { $months }. Напишіть, наприклад, липень, липень 2025 або 2025-07.
# en-US b24ca1ab
error-internal = Вибачте, у нас щось пішло не так. Помилку зафіксовано; спробуйте ще раз за хвилину.
# en-US 2424898b
error-language-dm = Команда /{ cmd-language } працює лише на серверах. В особистих повідомленнях бот відповідає мовою вашого Discord.
# en-US af6ca240
error-language-unknown = Мови «{ $value }» я не знаю. Виберіть одну з цих: { $languages }.
# en-US 72202db4
error-storage = Вибачте, налаштування не вдалося зберегти, тож нічого не змінилося. Спробуйте ще раз за хвилину.
# en-US d549b101
error-page-gone = Ця сторінка вже недоступна. Виконайте команду ще раз.
# en-US a6a19378
error-manage-server = Команду /{ $command } можуть використовувати лише учасники з дозволом «Керувати сервером».
# en-US 00b03a97
error-bad-option = Не вдалося прочитати значення, передане команді /{ $command }. Виберіть його зі списку, який пропонує Discord.
# en-US 3bdf5e87
error-outdated-command = Ця команда змінилася відтоді, як її завантажив ваш клієнт Discord. Спробуйте ще раз за хвилину.
# en-US 7ec1c278
error-digest-dm = Команда /{ cmd-digest } працює лише на серверах: дайджести публікуються в каналах сервера.
# en-US d04dfe15
error-server-without-bot = Команда /{ $command } працює лише на серверах, куди додано бота. Команда /{ cmd-alliance } працює всюди, де ви користуєтеся застосунком.
# en-US 36178bca
error-digest-time = Не вдалося розпізнати час «{ $input }». Укажіть його у 24-годинному форматі, наприклад 08:00 або 18:30.
# en-US 496d0869
error-digest-zone = Часового поясу «{ $input }» я не знаю. Виберіть пояс зі списку, наприклад Europe/Paris або America/New_York.
# en-US a1bb7d73
error-digest-missing-weekday = Щотижневому дайджесту потрібен день тижня: додайте параметр «{ cmd-digest-subscribe-weekday }», наприклад понеділок.
# en-US cbd2eea8
error-digest-missing-day = Щомісячному дайджесту потрібне число місяця від 1 до 28: додайте параметр «{ cmd-digest-subscribe-day }», наприклад 1.
# en-US e9664988
error-digest-unexpected-weekday = День тижня вказують лише для щотижневого дайджесту: приберіть його з { $frequency ->
        [daily] щоденного
       *[monthly] щомісячного
    } дайджесту.
# en-US b5c87c59
error-digest-unexpected-day = Число місяця вказують лише для щомісячного дайджесту: приберіть його з { $frequency ->
        [daily] щоденного
       *[weekly] щотижневого
    } дайджесту.
# en-US b4a4b6e2
error-digest-day = Не в кожному місяці є число { $day }: виберіть день від 1 до 28.
# en-US 9dc59423
error-digest-channel-kind = Я не можу публікувати дайджести в { $channel }: виберіть текстовий канал, канал оголошень або форум.
# `$limit` — число: іменник узгоджуємо з ним.
# en-US 5e6a09e8
error-digest-full = На цьому сервері вже { $limit ->
        [one] { $limit } дайджест
        [few] { $limit } дайджести
        [many] { $limit } дайджестів
       *[other] { $limit } дайджесту
    } — це максимум. Спершу зупиніть один командою /{ cmd-digest } { cmd-digest-unsubscribe }.
# en-US c23cd90a
error-digest-role-unknown = Серед ролей цього сервера, які я можу згадувати, такої немає: виберіть іншу.
# en-US b69482f1
error-digest-role-unmentionable = Я не можу згадати { $role }: дозвольте згадувати цю роль у налаштуваннях сервера або надайте мені дозвіл «Згадувати @everyone, @here та всі ролі».
# en-US 7d8f6ab4
error-digest-publish-kind = Поширювати на інші сервери можна лише дописи з каналу оголошень, а { $channel } — не такий канал: приберіть параметр «{ cmd-digest-subscribe-publish }» або виберіть канал оголошень.
# en-US 1afb0461
error-digest-forum-tag = Форум { $channel } вимагає тег для кожного допису, а жоден із його тегів я додати не можу: додайте тег, не обмежений модераторами, або надайте мені дозвіл «Керувати гілками».
# en-US 6c4d74cb
error-digest-channel-unseen = Я не бачу { $channel }. Надайте мені доступ до нього або виберіть інший канал.
# `$missing` — назви дозволів через кому; `$count` — їх кількість.
# en-US 9350f415
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
# en-US d6bb1a30
error-layout-dm = Команда /{ cmd-layout } працює лише на серверах. В особистих повідомленнях бот відповідає в поточному оформленні Discord.

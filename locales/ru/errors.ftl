# Все ошибки, которые может увидеть пользователь. Коротко, и с подсказкой, что ввести вместо этого.
# Названия команд — ссылками на cmd-* (в русском клиенте Discord команда называется /альянс).
# Примеры месяцев должны реально распознаваться: «июль» (month-7), «июль 2025», «2025-07».

# en-US 57a192aa
error-empty = Введите команду, например /{ cmd-alliance } { cmd-alliance-overview }.
# en-US 65a2a17b
error-unknown-command = Команды «{ $command }» нет. Попробуйте /{ cmd-alliance }.
# en-US 2e1daaf9
error-missing-subcommand = Команде /{ cmd-alliance } нужна тема: { $subcommands }.
# en-US e520df98
error-unknown-subcommand = «{ $subcommand }» — не тема команды /{ cmd-alliance }. Выберите одну из этих: { $subcommands }.
# en-US 5ef6b937
error-unknown-option = У команды /{ cmd-alliance } { $subcommand } нет параметра «{ $option }».
# en-US 6fd2d4ed
error-unexpected-value = Команда /{ cmd-alliance } { $subcommand } не принимает значений, а получила «{ $value }».
# en-US 9e6e486b
error-missing-option = Команде /{ cmd-alliance } { $subcommand } нужен параметр «{ $option }», например: /{ cmd-alliance } { $subcommand } { $option }:июль.
# en-US 7c569318
error-bad-month = Не удаётся распознать месяц «{ $input }». Месяцы с событиями: { $months }. Напишите, например: июль, июль 2025 или 2025-07.
# en-US b24ca1ab
error-internal = Извините, у нас что-то пошло не так. Ошибка записана в журнал; попробуйте ещё раз чуть позже.
# en-US 2424898b
error-language-dm = Команда /{ cmd-language } работает только на серверах. В личных сообщениях бот отвечает на языке вашего Discord.
# en-US af6ca240
error-language-unknown = Языка «{ $value }» я не знаю. Выберите один из этих: { $languages }.
# en-US 72202db4
error-storage = Извините, настройку не удалось сохранить, ничего не изменилось. Попробуйте ещё раз чуть позже.
# en-US d549b101
error-page-gone = Эта страница больше недоступна. Выполните команду ещё раз.
# en-US a6a19378
error-manage-server = Команда /{ $command } доступна только участникам с правом «Управлять сервером».
# en-US 00b03a97
error-bad-option = Не удалось прочитать значение, переданное команде /{ $command }. Выберите его из списка, который предлагает Discord.
# en-US 3bdf5e87
error-outdated-command = Эта команда изменилась с тех пор, как её загрузил ваш клиент Discord. Попробуйте ещё раз чуть позже.
# en-US 7ec1c278
error-digest-dm = Команда /{ cmd-digest } работает только на серверах: дайджесты публикуются в каналах сервера.
# en-US d04dfe15
error-server-without-bot = Команда /{ $command } работает только на серверах, куда добавлен бот. Команда /{ cmd-alliance } работает везде, где вы пользуетесь приложением.
# en-US 36178bca
error-digest-time = Не удаётся распознать время «{ $input }». Укажите его в 24-часовом формате, например 08:00 или 18:30.
# en-US 496d0869
error-digest-zone = Часовой пояс «{ $input }» мне неизвестен. Выберите пояс из списка, например Europe/Paris или America/New_York.
# en-US a1bb7d73
error-digest-missing-weekday = Еженедельному дайджесту нужен день недели: добавьте параметр «{ cmd-digest-subscribe-weekday }», например понедельник.
# en-US cbd2eea8
error-digest-missing-day = Ежемесячному дайджесту нужно число месяца от 1 до 28: добавьте параметр «{ cmd-digest-subscribe-day }», например 1.
# en-US e9664988
error-digest-unexpected-weekday = День недели задаётся только для еженедельного дайджеста: уберите его из { $frequency ->
        [daily] ежедневного
       *[monthly] ежемесячного
    } дайджеста.
# en-US b5c87c59
error-digest-unexpected-day = Число месяца задаётся только для ежемесячного дайджеста: уберите его из { $frequency ->
        [daily] ежедневного
       *[weekly] еженедельного
    } дайджеста.
# en-US b4a4b6e2
error-digest-day = Не во всех месяцах есть { $day }-е число: выберите число от 1 до 28.
# en-US 9dc59423
error-digest-channel-kind = Я не могу публиковать дайджесты в { $channel }: выберите текстовый канал, канал объявлений или форум.
# en-US 5e6a09e8
error-digest-full = На этом сервере уже { $limit ->
        [one] { $limit } дайджест
        [few] { $limit } дайджеста
        [many] { $limit } дайджестов
       *[other] { $limit } дайджеста
    } — это максимум. Сначала остановите один командой /{ cmd-digest } { cmd-digest-unsubscribe }.
# en-US c23cd90a
error-digest-role-unknown = Эта роль не входит в число ролей сервера, которые я могу упоминать: выберите другую.
# en-US b69482f1
error-digest-role-unmentionable = Мне нельзя упоминать { $role }: разрешите упоминание этой роли в настройках сервера или выдайте мне право «Упоминание @everyone, @here и всех ролей».
# en-US 7d8f6ab4
error-digest-publish-kind = Публиковать для других серверов можно только сообщения канала объявлений, а { $channel } — не такой канал: уберите параметр «{ cmd-digest-subscribe-publish }» или выберите канал объявлений.
# en-US 1afb0461
error-digest-forum-tag = Форум { $channel } требует тег у каждой публикации, а мне нельзя ставить ни один из его тегов: добавьте тег, доступный не только модераторам, или выдайте мне право «Управлять ветками».
# en-US 6c4d74cb
error-digest-channel-unseen = Я не вижу { $channel }. Откройте мне доступ к нему или выберите другой канал.
# $missing — перечень названий прав через запятую (permission-* из labels.ftl); $count — их число.
# en-US 9350f415
error-digest-channel-permissions = Я не могу публиковать дайджесты в { $channel }: мне не хватает { $count ->
        [one] права: { $missing }. Выдайте его мне
        [few] прав: { $missing }. Выдайте их мне
        [many] прав: { $missing }. Выдайте их мне
       *[other] прав: { $missing }. Выдайте их мне
    } в этом канале или выберите другой канал.
# en-US d6bb1a30
error-layout-dm = Команда /{ cmd-layout } работает только на серверах. В личных сообщениях бот отвечает в текущем оформлении Discord.

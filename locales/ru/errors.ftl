# Все ошибки, которые может увидеть пользователь. Коротко, и с подсказкой, что ввести вместо этого.
# Названия команд — ссылками на cmd-* (в русском клиенте Discord команда называется /альянс).
# Примеры месяцев должны реально распознаваться: «июль» (month-7), «июль 2025», «2025-07».

error-empty = Введите команду, например /{ cmd-alliance } { cmd-alliance-overview }.
error-unknown-command = Команды «{ $command }» нет. Попробуйте /{ cmd-alliance }.
error-missing-subcommand = Команде /{ cmd-alliance } нужна тема: { $subcommands }.
error-unknown-subcommand = «{ $subcommand }» — не тема команды /{ cmd-alliance }. Выберите одну из этих: { $subcommands }.
error-unknown-option = У команды /{ cmd-alliance } { $subcommand } нет параметра «{ $option }».
error-unexpected-value = Команда /{ cmd-alliance } { $subcommand } не принимает значений, а получила «{ $value }».
error-missing-option = Команде /{ cmd-alliance } { $subcommand } нужен параметр «{ $option }», например: /{ cmd-alliance } { $subcommand } { $option }:июль.
error-bad-month = Не удаётся распознать месяц «{ $input }». Месяцы с событиями: { $months }. Напишите, например: июль, июль 2025 или 2025-07.
error-internal = Извините, у нас что-то пошло не так. Ошибка записана в журнал; попробуйте ещё раз чуть позже.
error-language-dm = Команда /{ cmd-language } работает только на серверах. В личных сообщениях бот отвечает на языке вашего Discord.
error-language-unknown = Языка «{ $value }» я не знаю. Выберите один из этих: { $languages }.
error-storage = Извините, настройку не удалось сохранить, ничего не изменилось. Попробуйте ещё раз чуть позже.
error-page-gone = Эта страница больше недоступна. Выполните команду ещё раз.
error-manage-server = Команда /{ $command } доступна только участникам с правом «Управлять сервером».
error-bad-option = Не удалось прочитать значение, переданное команде /{ $command }. Выберите его из списка, который предлагает Discord.
error-outdated-command = Эта команда изменилась с тех пор, как её загрузил ваш клиент Discord. Попробуйте ещё раз чуть позже.
error-digest-dm = Команда /{ cmd-digest } работает только на серверах: дайджесты публикуются в каналах сервера.
error-digest-time = Не удаётся распознать время «{ $input }». Укажите его в 24-часовом формате, например 08:00 или 18:30.
error-digest-zone = Часовой пояс «{ $input }» мне неизвестен. Выберите пояс из списка, например Europe/Paris или America/New_York.
error-digest-missing-weekday = Еженедельному дайджесту нужен день недели: добавьте параметр «{ cmd-digest-subscribe-weekday }», например понедельник.
error-digest-missing-day = Ежемесячному дайджесту нужно число месяца от 1 до 28: добавьте параметр «{ cmd-digest-subscribe-day }», например 1.
error-digest-unexpected-weekday = День недели задаётся только для еженедельного дайджеста: уберите его из { $frequency ->
        [daily] ежедневного
       *[monthly] ежемесячного
    } дайджеста.
error-digest-unexpected-day = Число месяца задаётся только для ежемесячного дайджеста: уберите его из { $frequency ->
        [daily] ежедневного
       *[weekly] еженедельного
    } дайджеста.
error-digest-day = Не во всех месяцах есть { $day }-е число: выберите число от 1 до 28.
error-digest-channel-kind = Я не могу публиковать дайджесты в { $channel }: выберите текстовый канал, канал объявлений или форум.
error-digest-full = На этом сервере уже { $limit ->
        [one] { $limit } дайджест
        [few] { $limit } дайджеста
        [many] { $limit } дайджестов
       *[other] { $limit } дайджеста
    } — это максимум. Сначала остановите один командой /{ cmd-digest } { cmd-digest-unsubscribe }.
error-digest-role-unknown = Эта роль не входит в число ролей сервера, которые я могу упоминать: выберите другую.
error-digest-role-unmentionable = Мне нельзя упоминать { $role }: разрешите упоминание этой роли в настройках сервера или выдайте мне право «Упоминание @everyone, @here и всех ролей».
error-digest-publish-kind = Публиковать для других серверов можно только сообщения канала объявлений, а { $channel } — не такой канал: уберите параметр «{ cmd-digest-subscribe-publish }» или выберите канал объявлений.
error-digest-forum-tag = Форум { $channel } требует тег у каждой публикации, а мне нельзя ставить ни один из его тегов: добавьте тег, доступный не только модераторам, или выдайте мне право «Управлять ветками».
error-digest-channel-unseen = Я не вижу { $channel }. Откройте мне доступ к нему или выберите другой канал.
# $missing — перечень названий прав через запятую (permission-* из labels.ftl); $count — их число.
error-digest-channel-permissions = Я не могу публиковать дайджесты в { $channel }: мне не хватает { $count ->
        [one] права: { $missing }. Выдайте его мне
        [few] прав: { $missing }. Выдайте их мне
        [many] прав: { $missing }. Выдайте их мне
       *[other] прав: { $missing }. Выдайте их мне
    } в этом канале или выберите другой канал.

# Назви та описи слеш-команд, як їх показує клієнт Discord українською.
# Назви: малі літери, без пробілів, до 32 символів (кирилиця дозволена; слова зʼєднуємо дефісом).
# Описи: до 100 символів. Мітки варіантів (choice-*): від 1 до 100 символів.

# en-US 78b2d189
cmd-alliance = альянс
    .description = Короткі зведення з джерелами про альянс Росії та Північної Кореї
# en-US 273953c6
cmd-alliance-overview = огляд
    .description = Ключові дії в кожній сфері
# en-US c3c4680d
cmd-alliance-military = військове
    .description = Військова співпраця: пакт, війська, зброя
# en-US 88d24f5c
cmd-alliance-diplomatic = дипломатія
    .description = Візити, саміти й паради
# en-US 876c9e64
cmd-alliance-economic = економіка
    .description = Транспортне сполучення і торгівля
# en-US e856f4d3
cmd-alliance-cultural = культура
    .description = Культурні ініціативи
# en-US 7f788163
cmd-alliance-outlook = перспективи
    .description = Здобутки кожної сторони та ризики
# en-US 4fbebbf3
cmd-alliance-timeline = хронологія
    .description = Усі датовані події, від найдавнішої до найновішої
# en-US 9f1cfb11
cmd-alliance-month = місяць
    .description = Що відбулося за певний місяць
# Приклади мають справді працювати: назва з month-*, вона ж із роком, і формат РРРР-ММ.
# en-US d2ea3da1
cmd-alliance-month-month = місяць
    .description = Місяць, наприклад: липень, липень 2025 або 2025-07
# en-US 169551c9
cmd-language = мова
    .description = Вибрати мову відповідей на цьому сервері (потрібен дозвіл «Керувати сервером»)
# «auto» — значення, яке користувач вибирає буквально: не перекладати.
# en-US 58ecc19c
cmd-language-value = значення
    .description = Мова або auto, щоб відповідати мовою сервера в Discord

# Варіанти /мова: назва цієї мови нею самою та «auto».
# en-US 93f1055e
language-name = Українська
# en-US 5a057cf8
language-auto = Як у Discord (auto)

# en-US 42f36ab0
cmd-digest = дайджест
    .description = Дайджест про альянс, що виходить у каналі за розкладом (потрібен дозвіл «Керувати сервером»)
# en-US f0bcf7c0
cmd-digest-subscribe = підписатися
    .description = Публікувати дайджест у каналі за розкладом; замінює наявний розклад цього каналу
# en-US c2403d48
cmd-digest-subscribe-channel = канал
    .description = Текстовий канал, канал оголошень або форум для публікації
# en-US ce677715
cmd-digest-subscribe-frequency = частота
    .description = Як часто публікувати
# Варіанти: `choice-<команда>-<параметр>-<варіант>`, мітка від 1 до 100 символів.
# en-US 32fd8369
choice-digest-subscribe-frequency-daily = щодня
# en-US 813fc3ac
choice-digest-subscribe-frequency-weekly = щотижня
# en-US ca2cccd3
choice-digest-subscribe-frequency-monthly = щомісяця
# en-US 34e3e73d
cmd-digest-subscribe-time = час
    .description = Місцевий час публікації у 24-годинному форматі, наприклад 08:00 або 18:30
# en-US 58646b50
cmd-digest-subscribe-timezone = часовий-пояс
    .description = Часовий пояс, наприклад Europe/Paris (за замовчуванням: UTC)
# en-US 2a3aa3ee
cmd-digest-subscribe-weekday = день-тижня
    .description = Для щотижневого дайджесту: день публікації
# Мітки днів тижня — у називному відмінку (на відміну від weekday-* у labels.ftl).
# en-US 325b87a2
choice-digest-subscribe-weekday-monday = понеділок
# en-US c2ef2fcc
choice-digest-subscribe-weekday-tuesday = вівторок
# en-US 9b75efbe
choice-digest-subscribe-weekday-wednesday = середа
# en-US e27828d9
choice-digest-subscribe-weekday-thursday = четвер
# en-US c5c23d72
choice-digest-subscribe-weekday-friday = пʼятниця
# en-US 9db1adc4
choice-digest-subscribe-weekday-saturday = субота
# en-US bcce2a4c
choice-digest-subscribe-weekday-sunday = неділя
# en-US e5a7d604
cmd-digest-subscribe-day = день-місяця
    .description = Для щомісячного дайджесту: число місяця, від 1 до 28
# en-US 616aadc7
cmd-digest-subscribe-topic = тема
    .description = Лише ця сфера (для кількох додайте тема-2 тощо; без теми — усі сфери)
# en-US a0dc7f9e
cmd-digest-subscribe-topic-2 = тема-2
    .description = Ще одна сфера
# en-US 3ecef77f
cmd-digest-subscribe-topic-3 = тема-3
    .description = Ще одна сфера
# en-US 286f8692
cmd-digest-subscribe-topic-4 = тема-4
    .description = Ще одна сфера
# Мітки для кожного параметра теми (тема, тема-2…).
# en-US cf821015
choice-digest-subscribe-topic-military = військова сфера
# en-US af031af2
choice-digest-subscribe-topic-diplomatic = дипломатія
# en-US 707d1c1e
choice-digest-subscribe-topic-economic = економіка
# en-US 22319439
choice-digest-subscribe-topic-cultural = культура
# en-US 98de5a2c
choice-digest-subscribe-topic-outlook = перспективи
# en-US baef15f0
cmd-digest-subscribe-role = роль
    .description = Роль, яку згадувати на початку кожного дайджесту
# en-US 21b1e638
cmd-digest-subscribe-publish = публікувати
    .description = У каналі оголошень: поширювати кожен дайджест на сервери-підписники (за замовчуванням: так)
# en-US 1cd70205
cmd-digest-subscribe-thread = гілка
    .description = Відкривати гілку для обговорення кожного дайджесту
# en-US f6ede1b3
cmd-digest-unsubscribe = відписатися
    .description = Зупинити дайджест у каналі
# en-US c9921c60
cmd-digest-status = стан
    .description = Дайджести цього сервера: канали, розклади, теми, наступний і останній запуски
# en-US 006babca
cmd-digest-preview = попередній-перегляд
    .description = Побачити (лише для вас), що опублікує наступний дайджест
# en-US 50f6ace2
cmd-digest-preview-channel = канал
    .description = Канал, дайджест якого переглянути (потрібно, якщо на сервері їх кілька)
# en-US 7d1b82ae
cmd-digest-unsubscribe-channel = канал
    .description = Канал, дайджест якого зупинити
# en-US 71d3ade6
cmd-digest-history = історія
    .description = Останні запуски дайджесту в каналі та їхні результати
# en-US 1ccc3377
cmd-digest-history-channel = канал
    .description = Канал, історію дайджесту якого показати
# en-US af905522
cmd-my-digest = мій-дайджест
    .description = Ваш власний дайджест про альянс — в особистих повідомленнях, за вашим розкладом
# en-US 87fb6866
cmd-my-digest-start = запустити
    .description = Отримувати дайджест в особистих повідомленнях за розкладом; замінює ваш попередній розклад
# en-US a37c5277
cmd-my-digest-status = стан
    .description = Ваш дайджест в особистих повідомленнях: розклад, теми, наступний і останній запуски
# en-US 4df1fe6b
cmd-my-digest-stop = зупинити
    .description = Зупинити ваш дайджест в особистих повідомленнях
# en-US e6c9d174
cmd-layout = оформлення
    .description = Вибрати вигляд відповідей і дайджестів на цьому сервері (потрібен дозвіл «Керувати сервером»)
# en-US 14d31fbd
cmd-layout-value = значення
    .description = Поточне оформлення Discord або картки (embeds), як раніше
# en-US 50165dec
choice-layout-value-components = поточне оформлення Discord (за замовчуванням)
# en-US 03333308
choice-layout-value-embeds = картки (embeds), як раніше

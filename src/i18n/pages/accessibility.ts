/**
 * The accessibility statement's strings, in all seven languages. Every check it names is a test
 * that runs at each change (tests/e2e/a11y.spec.ts, layout.spec.ts, i18n.spec.ts, …): change a
 * sentence here only with the test it describes.
 */
import { definePageStrings } from '../page-strings.ts';

export default definePageStrings({
  en: {
    name: 'Accessibility',
    title: 'Accessibility',
    intro:
      'Everyone should be able to read and check this portal: on a small phone, with a keyboard or a screen reader, with large text, or with JavaScript turned off. This page says what is checked, what does not work well yet, and where to report a problem.',
    checkedTitle: 'What is checked at every change',
    checkedIntro: 'These are automatic tests that every change to the portal’s code must pass before it is accepted.',
    rules_one:
      'Every kind of page ({{count}} kind), in all seven languages and in both the light and the dark colour scheme, is checked against the WCAG 2.2 level A and AA rules that a program can test (axe).',
    rules_other:
      'Every kind of page ({{count}} kinds), in all seven languages and in both the light and the dark colour scheme, is checked against the WCAG 2.2 level A and AA rules that a program can test (axe).',
    phone: 'Every kind of page fits a screen 360 pixels wide without scrolling sideways; only wide tables scroll, inside their own frame.',
    text: 'With text enlarged to 200%, nothing on the home, Progress, task and Results pages is cut off.',
    keyboard:
      'Every link, button and field of the Progress page, the page with the most controls, can be reached with the Tab key and shows a clear focus outline.',
    motion: 'When your device asks for reduced motion, nothing on the pages moves.',
    noScript: 'Pages, lists and charts can be read without JavaScript; only search and re-sorting a table need it.',
    charts: 'Every chart has a one-sentence summary and its figures as a table and as a CSV file.',
    language:
      'Each page declares its language, and a text shown in another language because it is not yet translated is marked with that language, so that a screen reader reads it correctly.',
    offline: 'The whole portal can be downloaded as one archive and read without a connection.',
    limitsTitle: 'What does not work well yet',
    people:
      'Nobody using a screen reader or other assistive technology has tested the portal with us yet. Automatic tests find only some of the problems people meet.',
    search: 'Search needs JavaScript. Without it, use the lists on the Progress, Responsibility and Results pages.',
    machine: 'Some texts in languages other than Vietnamese were translated with the help of a machine.',
    machineLink: 'The Translations page says which.',
    sources:
      'The documents and pages of other organisations that the portal cites as sources are not ours to change and may not be accessible.',
    reportTitle: 'Report a problem',
    reportIntro: 'If you cannot use a page with your device or assistive technology, tell us which page and what happened.',
    email: 'Write by e-mail',
    form: 'Use the reporting form',
    subject: 'Công khai 57: accessibility problem',
    noChannel: 'No address for reports has been set up for this portal yet.',
    statementTitle: 'About this statement',
    written: 'Written on {{date}}, from the tests as they stood that day.',
  },
  vi: {
    name: 'Khả năng tiếp cận',
    title: 'Khả năng tiếp cận',
    intro:
      'Mọi người đều cần đọc và kiểm tra được cổng thông tin này: trên điện thoại nhỏ, bằng bàn phím hay trình đọc màn hình, với chữ phóng to, hoặc khi tắt JavaScript. Trang này cho biết những gì được kiểm tra, những gì chưa tốt và báo lỗi ở đâu.',
    checkedTitle: 'Những gì được kiểm tra ở mỗi lần thay đổi',
    checkedIntro: 'Đây là các kiểm thử tự động mà mọi thay đổi mã nguồn của cổng phải vượt qua trước khi được chấp nhận.',
    rules_other:
      'Mọi loại trang ({{count}} loại), bằng cả bảy ngôn ngữ, ở cả nền sáng và nền tối, được kiểm tra theo các quy tắc mức A và AA của WCAG 2.2 mà máy kiểm tra được (axe).',
    phone:
      'Mọi loại trang đều vừa màn hình rộng 360 điểm ảnh mà không phải cuộn ngang; chỉ các bảng rộng cuộn trong khung riêng của chúng.',
    text: 'Khi phóng chữ lên 200%, không có gì bị cắt trên các trang Trang chủ, Tiến độ, nhiệm vụ và Kết quả.',
    keyboard:
      'Mọi liên kết, nút và ô nhập trên trang Tiến độ, trang có nhiều điều khiển nhất, đều đến được bằng phím Tab và hiện rõ viền tiêu điểm.',
    motion: 'Khi thiết bị của bạn yêu cầu giảm chuyển động, không có gì trên trang chuyển động.',
    noScript: 'Các trang, danh sách và biểu đồ đọc được khi không có JavaScript; chỉ tìm kiếm và sắp xếp lại bảng mới cần đến nó.',
    charts: 'Mỗi biểu đồ có một câu tóm tắt, kèm số liệu dưới dạng bảng và tệp CSV.',
    language:
      'Mỗi trang khai báo ngôn ngữ của mình, và văn bản hiển thị bằng ngôn ngữ khác vì chưa được dịch được đánh dấu ngôn ngữ đó, để trình đọc màn hình đọc đúng.',
    offline: 'Có thể tải toàn bộ cổng thông tin về thành một tệp lưu trữ và đọc khi không có kết nối mạng.',
    limitsTitle: 'Những gì chưa tốt',
    people:
      'Chưa có người dùng trình đọc màn hình hay công nghệ hỗ trợ khác cùng chúng tôi thử cổng thông tin. Kiểm thử tự động chỉ phát hiện được một phần những khó khăn mà người dùng gặp.',
    search: 'Tìm kiếm cần JavaScript. Khi không có JavaScript, hãy dùng các danh sách trên trang Tiến độ, Trách nhiệm và Kết quả.',
    machine: 'Một số văn bản bằng các ngôn ngữ khác tiếng Việt được dịch với sự hỗ trợ của máy.',
    machineLink: 'Trang Bản dịch cho biết đó là những văn bản nào.',
    sources: 'Các văn bản và trang của cơ quan, tổ chức khác mà cổng dẫn làm nguồn không do chúng tôi sửa được và có thể khó tiếp cận.',
    reportTitle: 'Báo lỗi',
    reportIntro:
      'Nếu bạn không dùng được một trang với thiết bị hay công nghệ hỗ trợ của mình, hãy cho chúng tôi biết đó là trang nào và chuyện gì đã xảy ra.',
    email: 'Gửi thư điện tử',
    form: 'Dùng biểu mẫu báo lỗi',
    subject: 'Công khai 57: lỗi về khả năng tiếp cận',
    noChannel: 'Cổng thông tin này chưa có địa chỉ nhận báo lỗi.',
    statementTitle: 'Về bản tuyên bố này',
    written: 'Viết ngày {{date}}, theo các kiểm thử có vào ngày đó.',
  },
  fr: {
    name: 'Accessibilité',
    title: 'Accessibilité',
    intro:
      'Chacun doit pouvoir lire et vérifier ce portail : sur un petit téléphone, au clavier ou avec un lecteur d’écran, avec un texte agrandi ou sans JavaScript. Cette page dit ce qui est vérifié, ce qui ne fonctionne pas encore bien et où signaler un problème.',
    checkedTitle: 'Ce qui est vérifié à chaque modification',
    checkedIntro: 'Ce sont des tests automatiques que toute modification du code du portail doit réussir avant d’être acceptée.',
    rules_one:
      'Chaque type de page ({{count}} type), dans les sept langues et en thème clair comme sombre, est vérifié selon les règles WCAG 2.2 de niveau A et AA qu’un programme peut tester (axe).',
    rules_other:
      'Chaque type de page ({{count}} types), dans les sept langues et en thème clair comme sombre, est vérifié selon les règles WCAG 2.2 de niveau A et AA qu’un programme peut tester (axe).',
    rules_many:
      'Chaque type de page ({{count}} types), dans les sept langues et en thème clair comme sombre, est vérifié selon les règles WCAG 2.2 de niveau A et AA qu’un programme peut tester (axe).',
    phone:
      'Chaque type de page tient sur un écran de 360 pixels de large sans défilement horizontal ; seuls les tableaux larges défilent, dans leur propre cadre.',
    text: 'Avec un texte agrandi à 200 %, rien n’est coupé sur les pages Accueil, Avancement, tâche et Résultats.',
    keyboard:
      'Chaque lien, bouton et champ de la page Avancement, celle qui a le plus de commandes, s’atteint avec la touche Tab et montre un contour de focus bien visible.',
    motion: 'Quand votre appareil demande de réduire les animations, rien ne bouge sur les pages.',
    noScript:
      'Les pages, les listes et les graphiques se lisent sans JavaScript ; seules la recherche et le tri d’un tableau en ont besoin.',
    charts: 'Chaque graphique a un résumé d’une phrase et ses chiffres sous forme de tableau et de fichier CSV.',
    language:
      'Chaque page déclare sa langue, et un texte affiché dans une autre langue faute de traduction est marqué de cette langue, pour qu’un lecteur d’écran le prononce correctement.',
    offline: 'Le portail entier se télécharge en une archive et se lit sans connexion.',
    limitsTitle: 'Ce qui ne fonctionne pas encore bien',
    people:
      'Aucune personne utilisant un lecteur d’écran ou une autre aide technique n’a encore testé le portail avec nous. Les tests automatiques ne trouvent qu’une partie des problèmes que rencontrent les gens.',
    search: 'La recherche a besoin de JavaScript. Sans lui, utilisez les listes des pages Avancement, Responsabilité et Résultats.',
    machine: 'Certains textes dans d’autres langues que le vietnamien ont été traduits avec l’aide d’une machine.',
    machineLink: 'La page Traductions dit lesquels.',
    sources:
      'Les documents et pages d’autres organismes que le portail cite comme sources ne dépendent pas de nous et peuvent ne pas être accessibles.',
    reportTitle: 'Signaler un problème',
    reportIntro:
      'Si vous ne pouvez pas utiliser une page avec votre appareil ou votre aide technique, dites-nous laquelle et ce qui s’est passé.',
    email: 'Écrire par courriel',
    form: 'Utiliser le formulaire de signalement',
    subject: 'Công khai 57 : problème d’accessibilité',
    noChannel: 'Aucune adresse de signalement n’a encore été mise en place pour ce portail.',
    statementTitle: 'À propos de cette déclaration',
    written: 'Rédigée le {{date}}, d’après les tests tels qu’ils étaient ce jour-là.',
  },
  ru: {
    name: 'Доступность',
    title: 'Доступность',
    intro:
      'Читать и проверять этот портал должен иметь возможность каждый: с маленького телефона, с клавиатуры или программы экранного доступа, с увеличенным шрифтом или с отключённым JavaScript. Здесь сказано, что проверяется, что пока работает плохо и куда сообщить о проблеме.',
    checkedTitle: 'Что проверяется при каждом изменении',
    checkedIntro: 'Это автоматические тесты, которые должно пройти каждое изменение кода портала, прежде чем его примут.',
    rules_one:
      'Каждый тип страниц ({{count}} тип) на всех семи языках, в светлой и в тёмной теме, проверяется по тем правилам WCAG 2.2 уровней A и AA, которые может проверить программа (axe).',
    rules_few:
      'Каждый тип страниц ({{count}} типа) на всех семи языках, в светлой и в тёмной теме, проверяется по тем правилам WCAG 2.2 уровней A и AA, которые может проверить программа (axe).',
    rules_many:
      'Каждый тип страниц ({{count}} типов) на всех семи языках, в светлой и в тёмной теме, проверяется по тем правилам WCAG 2.2 уровней A и AA, которые может проверить программа (axe).',
    rules_other:
      'Каждый тип страниц ({{count}} типа) на всех семи языках, в светлой и в тёмной теме, проверяется по тем правилам WCAG 2.2 уровней A и AA, которые может проверить программа (axe).',
    phone:
      'Каждый тип страниц помещается на экране шириной 360 пикселей без горизонтальной прокрутки; прокручиваются только широкие таблицы, в своей рамке.',
    text: 'При увеличении текста до 200 % ничего не обрезается на главной странице, на страницах «Ход работ», задачи и «Результаты».',
    keyboard:
      'До каждой ссылки, кнопки и поля страницы «Ход работ», где элементов управления больше всего, можно дойти клавишей Tab, и фокус на них хорошо виден.',
    motion: 'Если устройство просит уменьшить движение, на страницах ничего не движется.',
    noScript: 'Страницы, списки и графики читаются без JavaScript; он нужен только для поиска и пересортировки таблиц.',
    charts: 'У каждого графика есть краткое описание в одно предложение, а его данные даны таблицей и файлом CSV.',
    language:
      'Каждая страница указывает свой язык, а текст, показанный на другом языке, потому что ещё не переведён, помечен этим языком, чтобы программа экранного доступа прочла его правильно.',
    offline: 'Весь портал можно скачать одним архивом и читать без подключения к сети.',
    limitsTitle: 'Что пока работает плохо',
    people:
      'Люди, пользующиеся программами экранного доступа или другими вспомогательными технологиями, ещё не проверяли портал вместе с нами. Автоматические тесты находят лишь часть проблем, с которыми сталкиваются люди.',
    search: 'Для поиска нужен JavaScript. Без него пользуйтесь списками на страницах «Ход работ», «Ответственность» и «Результаты».',
    machine: 'Часть текстов на других языках, кроме вьетнамского, переведена с помощью машинного перевода.',
    machineLink: 'Какие именно, сказано на странице «Переводы».',
    sources:
      'Документы и страницы других организаций, на которые портал ссылается как на источники, изменить мы не можем, и они могут быть недоступны.',
    reportTitle: 'Сообщить о проблеме',
    reportIntro:
      'Если вы не можете пользоваться страницей со своим устройством или вспомогательной технологией, напишите, какая это страница и что произошло.',
    email: 'Написать по электронной почте',
    form: 'Заполнить форму',
    subject: 'Công khai 57: проблема доступности',
    noChannel: 'Адрес для сообщений у этого портала пока не создан.',
    statementTitle: 'Об этом заявлении',
    written: 'Написано {{date}} по тестам, какими они были в тот день.',
  },
  uk: {
    name: 'Доступність',
    title: 'Доступність',
    intro:
      'Читати й перевіряти цей портал має змогу кожен: з маленького телефона, з клавіатури чи програми зчитування екрана, зі збільшеним шрифтом або з вимкненим JavaScript. Тут сказано, що перевіряється, що поки працює погано і куди повідомити про проблему.',
    checkedTitle: 'Що перевіряється під час кожної зміни',
    checkedIntro: 'Це автоматичні тести, які має пройти кожна зміна коду порталу, перш ніж її приймуть.',
    rules_one:
      'Кожен тип сторінок ({{count}} тип) усіма сімома мовами, у світлій і в темній темі, перевіряється за тими правилами WCAG 2.2 рівнів A і AA, які може перевірити програма (axe).',
    rules_few:
      'Кожен тип сторінок ({{count}} типи) усіма сімома мовами, у світлій і в темній темі, перевіряється за тими правилами WCAG 2.2 рівнів A і AA, які може перевірити програма (axe).',
    rules_many:
      'Кожен тип сторінок ({{count}} типів) усіма сімома мовами, у світлій і в темній темі, перевіряється за тими правилами WCAG 2.2 рівнів A і AA, які може перевірити програма (axe).',
    rules_other:
      'Кожен тип сторінок ({{count}} типу) усіма сімома мовами, у світлій і в темній темі, перевіряється за тими правилами WCAG 2.2 рівнів A і AA, які може перевірити програма (axe).',
    phone:
      'Кожен тип сторінок уміщується на екрані завширшки 360 пікселів без горизонтального прокручування; прокручуються лише широкі таблиці, у власній рамці.',
    text: 'Якщо збільшити текст до 200 %, нічого не обрізається на головній сторінці, на сторінках «Перебіг робіт», завдання і «Результати».',
    keyboard:
      'До кожного посилання, кнопки й поля сторінки «Перебіг робіт», де елементів керування найбільше, можна дійти клавішею Tab, і фокус на них добре видно.',
    motion: 'Якщо пристрій просить зменшити рух, на сторінках нічого не рухається.',
    noScript: 'Сторінки, списки й графіки читаються без JavaScript; він потрібен лише для пошуку та пересортування таблиць.',
    charts: 'Кожен графік має короткий опис в одне речення, а його дані подано таблицею і файлом CSV.',
    language:
      'Кожна сторінка вказує свою мову, а текст, показаний іншою мовою, бо його ще не перекладено, позначено цією мовою, щоб програма зчитування екрана прочитала його правильно.',
    offline: 'Увесь портал можна завантажити одним архівом і читати без підключення до мережі.',
    limitsTitle: 'Що поки працює погано',
    people:
      'Люди, які користуються програмами зчитування екрана чи іншими допоміжними технологіями, ще не перевіряли портал разом з нами. Автоматичні тести знаходять лише частину проблем, з якими стикаються люди.',
    search:
      'Для пошуку потрібен JavaScript. Без нього користуйтеся списками на сторінках «Перебіг робіт», «Відповідальність» і «Результати».',
    machine: 'Частину текстів іншими мовами, крім в’єтнамської, перекладено за допомогою машинного перекладу.',
    machineLink: 'Які саме, сказано на сторінці «Переклади».',
    sources:
      'Документи й сторінки інших організацій, на які портал посилається як на джерела, змінити ми не можемо, і вони можуть бути недоступними.',
    reportTitle: 'Повідомити про проблему',
    reportIntro:
      'Якщо ви не можете користуватися сторінкою зі своїм пристроєм чи допоміжною технологією, напишіть, яка це сторінка і що сталося.',
    email: 'Написати електронною поштою',
    form: 'Заповнити форму',
    subject: 'Công khai 57: проблема доступності',
    noChannel: 'Адреси для повідомлень у цього порталу поки немає.',
    statementTitle: 'Про цю заяву',
    written: 'Написано {{date}} за тестами, якими вони були того дня.',
  },
  nl: {
    name: 'Toegankelijkheid',
    title: 'Toegankelijkheid',
    intro:
      'Iedereen moet dit portaal kunnen lezen en controleren: op een kleine telefoon, met een toetsenbord of een schermlezer, met grote letters of zonder JavaScript. Deze pagina zegt wat er wordt gecontroleerd, wat nog niet goed werkt en waar u een probleem meldt.',
    checkedTitle: 'Wat bij elke wijziging wordt gecontroleerd',
    checkedIntro: 'Dit zijn automatische tests die elke wijziging in de code van het portaal moet doorstaan voordat ze wordt aanvaard.',
    rules_one:
      'Elk soort pagina ({{count}} soort), in alle zeven talen en in zowel het lichte als het donkere kleurenschema, wordt getoetst aan de regels van WCAG 2.2 niveau A en AA die een programma kan testen (axe).',
    rules_other:
      'Elk soort pagina ({{count}} soorten), in alle zeven talen en in zowel het lichte als het donkere kleurenschema, wordt getoetst aan de regels van WCAG 2.2 niveau A en AA die een programma kan testen (axe).',
    phone:
      'Elk soort pagina past op een scherm van 360 pixels breed zonder zijwaarts te scrollen; alleen brede tabellen scrollen, binnen hun eigen kader.',
    text: 'Met tekst vergroot tot 200% wordt op de pagina’s Home, Voortgang, taak en Resultaten niets afgesneden.',
    keyboard:
      'Elke link, knop en elk veld van de pagina Voortgang, de pagina met de meeste bedieningselementen, is met de Tab-toets te bereiken en toont een duidelijke focusrand.',
    motion: 'Als uw apparaat om minder beweging vraagt, beweegt er niets op de pagina’s.',
    noScript:
      'Pagina’s, lijsten en grafieken zijn zonder JavaScript te lezen; alleen zoeken en een tabel anders sorteren hebben het nodig.',
    charts: 'Elke grafiek heeft een samenvatting van één zin en zijn cijfers als tabel en als CSV-bestand.',
    language:
      'Elke pagina geeft haar taal aan, en een tekst die in een andere taal staat omdat hij nog niet is vertaald, is met die taal gemarkeerd, zodat een schermlezer hem goed uitspreekt.',
    offline: 'Het hele portaal is als één archief te downloaden en zonder verbinding te lezen.',
    limitsTitle: 'Wat nog niet goed werkt',
    people:
      'Nog niemand die een schermlezer of ander hulpmiddel gebruikt, heeft het portaal met ons getest. Automatische tests vinden maar een deel van de problemen waar mensen tegenaan lopen.',
    search:
      'Zoeken heeft JavaScript nodig. Gebruik zonder JavaScript de lijsten op de pagina’s Voortgang, Verantwoordelijkheid en Resultaten.',
    machine: 'Sommige teksten in andere talen dan het Vietnamees zijn met hulp van een machine vertaald.',
    machineLink: 'De pagina Vertalingen zegt welke.',
    sources:
      'De documenten en pagina’s van andere organisaties die het portaal als bron aanhaalt, kunnen wij niet wijzigen; ze zijn misschien niet toegankelijk.',
    reportTitle: 'Een probleem melden',
    reportIntro: 'Kunt u een pagina niet gebruiken met uw apparaat of hulpmiddel, laat ons dan weten welke pagina en wat er gebeurde.',
    email: 'Schrijf per e-mail',
    form: 'Gebruik het meldformulier',
    subject: 'Công khai 57: toegankelijkheidsprobleem',
    noChannel: 'Voor dit portaal is nog geen adres voor meldingen ingericht.',
    statementTitle: 'Over deze verklaring',
    written: 'Geschreven op {{date}}, op basis van de tests zoals ze die dag waren.',
  },
  id: {
    name: 'Aksesibilitas',
    title: 'Aksesibilitas',
    intro:
      'Setiap orang harus dapat membaca dan memeriksa portal ini: di ponsel kecil, dengan papan ketik atau pembaca layar, dengan teks besar, atau tanpa JavaScript. Halaman ini menjelaskan apa yang diperiksa, apa yang belum berjalan baik, dan ke mana melaporkan masalah.',
    checkedTitle: 'Yang diperiksa pada setiap perubahan',
    checkedIntro: 'Ini adalah uji otomatis yang harus dilalui setiap perubahan kode portal sebelum diterima.',
    rules_other:
      'Setiap jenis halaman ({{count}} jenis), dalam ketujuh bahasa dan dalam skema warna terang maupun gelap, diperiksa menurut aturan WCAG 2.2 tingkat A dan AA yang dapat diuji oleh program (axe).',
    phone:
      'Setiap jenis halaman muat di layar selebar 360 piksel tanpa menggulir ke samping; hanya tabel lebar yang bergulir, di dalam bingkainya sendiri.',
    text: 'Dengan teks diperbesar hingga 200%, tidak ada yang terpotong di halaman Beranda, Kemajuan, tugas, dan Hasil.',
    keyboard:
      'Setiap tautan, tombol, dan isian di halaman Kemajuan, halaman dengan kontrol terbanyak, dapat dicapai dengan tombol Tab dan menampilkan garis fokus yang jelas.',
    motion: 'Jika perangkat Anda meminta gerakan dikurangi, tidak ada yang bergerak di halaman.',
    noScript: 'Halaman, daftar, dan grafik dapat dibaca tanpa JavaScript; hanya pencarian dan pengurutan ulang tabel yang memerlukannya.',
    charts: 'Setiap grafik memiliki ringkasan satu kalimat serta angkanya dalam bentuk tabel dan berkas CSV.',
    language:
      'Setiap halaman menyatakan bahasanya, dan teks yang ditampilkan dalam bahasa lain karena belum diterjemahkan ditandai dengan bahasa itu, agar pembaca layar membacanya dengan benar.',
    offline: 'Seluruh portal dapat diunduh sebagai satu arsip dan dibaca tanpa koneksi.',
    limitsTitle: 'Yang belum berjalan baik',
    people:
      'Belum ada pengguna pembaca layar atau teknologi bantu lain yang menguji portal ini bersama kami. Uji otomatis hanya menemukan sebagian masalah yang dihadapi orang.',
    search: 'Pencarian memerlukan JavaScript. Tanpanya, gunakan daftar di halaman Kemajuan, Tanggung jawab, dan Hasil.',
    machine: 'Sebagian teks dalam bahasa selain bahasa Vietnam diterjemahkan dengan bantuan mesin.',
    machineLink: 'Halaman Terjemahan menyebutkan yang mana.',
    sources:
      'Dokumen dan halaman lembaga lain yang dikutip portal sebagai sumber bukan milik kami untuk diubah dan mungkin tidak aksesibel.',
    reportTitle: 'Laporkan masalah',
    reportIntro:
      'Jika Anda tidak dapat memakai sebuah halaman dengan perangkat atau teknologi bantu Anda, beri tahu kami halaman mana dan apa yang terjadi.',
    email: 'Tulis surel',
    form: 'Gunakan formulir laporan',
    subject: 'Công khai 57: masalah aksesibilitas',
    noChannel: 'Portal ini belum memiliki alamat untuk menerima laporan.',
    statementTitle: 'Tentang pernyataan ini',
    written: 'Ditulis pada {{date}}, berdasarkan uji sebagaimana adanya pada hari itu.',
  },
});

"""Invented case texts in six languages for the search benchmark.

Each language has a few hundred everyday words of the site's subject, most frequent
first; words are drawn with Zipf-like weights, so that some words are in nearly
every case and others in few, as in real text. The sentences mean nothing, but the
words, their scripts and their spelling are real: Chinese is written without spaces,
and some Arabic words carry short vowels.
"""

import itertools

from django.utils.text import Truncator

WORDS = {
    "en": """
        the of and in with for to a their its
        digital culture community heritage cultural project people local archive museum
        music technology online platform young traditional history languages stories
        artists public open data collection library school network new creative diversity
        education map access visitors exhibition craft songs dance film photographs
        recordings memory voices festival theatre design sound video images research
        training partners volunteers teachers students families elders women villages
        city region rural indigenous minority oral intangible living practices skills
        knowledge tools software mobile app website virtual reality augmented immersive
        interactive scanning 3D models artificial intelligence machine learning
        translation subtitles metadata catalogue preservation restoration conservation
        digitisation manuscripts textiles weaving pottery painting sculpture architecture
        monuments sites landscapes rivers mountains markets food recipes poetry literature
        books publishing radio podcast television cinema animation games comics fashion
        jewellery instruments drums flutes choir orchestra rhythm melody lyrics
        performance stage audience workshop residency mentoring funding policy rights
        copyright licences sustainability inclusion accessibility gender equality
        dialogue exchange cooperation international storytelling folklore legends myths
        dialects alphabet script dictionary speakers endangered revival transmission
        apprentices masters cooperatives enterprises tourism economy income jobs
        streaming cloud sensors drones satellite photogrammetry holograms algorithms
        transcription captions galleries curators researchers historians linguists
        musicians singers dancers painters writers poets filmmakers photographers
        engineers calligraphy puppetry carpets ceramics lacquer woodcarving masks rituals
        ceremonies pilgrimage nomadic coastal island desert harvest carnival embroidery
        """,
    "fr": """
        de la le les et des du en pour avec
        numérique culture patrimoine communauté culturel projet habitants local archives
        musée musique technologie plateforme jeunes traditionnel histoire langues récits
        artistes public ouvert données collection bibliothèque école réseau nouveau
        créatif diversité éducation carte accès visiteurs exposition artisanat chansons
        danse film photographies enregistrements mémoire voix festival théâtre design
        son vidéo images recherche formation partenaires bénévoles enseignants élèves
        familles anciens femmes villages ville région rural autochtones minorités oral
        immatériel vivant pratiques savoirs connaissances outils logiciel mobile
        application site virtuelle réalité augmentée immersive interactive numérisation
        modèles intelligence artificielle apprentissage traduction métadonnées catalogue
        préservation restauration conservation manuscrits textiles tissage poterie
        peinture sculpture architecture monuments paysages rivières montagnes marchés
        cuisine recettes poésie littérature livres édition radio podcast télévision
        cinéma animation jeux mode bijoux instruments tambours flûtes chorale orchestre
        rythme mélodie paroles spectacle scène atelier résidence financement politique
        droits auteur licences durabilité inclusion égalité dialogue échanges coopération
        internationale contes légendes dialectes alphabet écriture dictionnaire locuteurs
        menacées transmission apprentis maîtres coopératives entreprises tourisme économie
        emplois diffusion capteurs drones satellite photogrammétrie hologrammes
        algorithmes transcription audiodescription galeries conservateurs chercheurs
        historiens linguistes musiciens chanteurs danseurs peintres écrivains poètes
        cinéastes photographes ingénieurs valoriser protéger transmettre partager
        documenter numériser raconter découvrir apprendre relier soutenir calligraphie
        marionnettes tapis céramique masques rituels cérémonies broderie
        """,
    "es": """
        de la el los las y en para con del
        digital cultura patrimonio comunidad cultural proyecto vecinos local archivo museo
        música tecnología plataforma jóvenes tradicional historia lenguas relatos
        artistas público abierto datos colección biblioteca escuela red nuevo creativo
        diversidad educación mapa acceso visitantes exposición artesanía canciones danza
        película fotografías grabaciones memoria voces festival teatro diseño sonido
        vídeo imágenes investigación formación socios voluntarios maestros estudiantes
        familias mayores mujeres pueblos ciudad región rural indígenas oral inmaterial
        vivo prácticas saberes conocimientos herramientas programa móvil aplicación
        sitio web virtual realidad aumentada inmersiva interactiva digitalización modelos
        inteligencia artificial aprendizaje traducción subtítulos metadatos catálogo
        preservación restauración conservación manuscritos textiles tejidos cerámica
        pintura escultura arquitectura monumentos paisajes ríos montañas mercados cocina
        recetas poesía literatura libros edición radio televisión cine animación juegos
        historieta moda joyería instrumentos tambores flautas coro orquesta ritmo melodía
        letras espectáculo escenario taller residencia financiación política derechos
        autor licencias sostenibilidad inclusión igualdad diálogo intercambio cooperación
        internacional cuentos leyendas dialectos alfabeto escritura diccionario hablantes
        amenazadas transmisión aprendices cooperativas empresas turismo economía empleos
        difusión nube sensores drones satélite fotogrametría hologramas algoritmos
        transcripción audiodescripción galerías curadores investigadores historiadores
        lingüistas músicos cantantes bailarines pintores escritores poetas cineastas
        fotógrafos ingenieros proteger promover transmitir compartir documentar
        digitalizar contar descubrir aprender conectar apoyar caligrafía títeres
        alfombras alfarería máscaras rituales ceremonias bordado
        """,
    "ru": """
        и в с для на по о из их от
        цифровой культура наследие сообщество культурное проект жители местный архив
        музей музыка технологии платформа молодёжь традиционный история языки рассказы
        художники общество открытый данные коллекция библиотека школа сеть новый
        творческий разнообразие образование карта доступ посетители выставка ремёсла
        песни танец фильм фотографии записи память голоса фестиваль театр дизайн звук
        видео изображения исследование обучение партнёры волонтёры учителя студенты
        семьи старейшины женщины сёла город регион сельский коренные народы устный
        нематериальное живое практики навыки знания инструменты программа мобильное
        приложение сайт виртуальная реальность дополненная интерактивный оцифровка
        модели искусственный интеллект перевод субтитры метаданные каталог сохранение
        реставрация консервация рукописи ткани ткачество керамика живопись скульптура
        архитектура памятники ландшафты реки горы рынки кухня рецепты поэзия литература
        книги издание радио подкаст телевидение кино анимация игры комиксы мода
        украшения барабаны флейты хор оркестр ритм мелодия спектакль сцена мастерская
        резиденция финансирование политика права лицензии устойчивость инклюзия
        равенство диалог обмен сотрудничество международный сказки легенды диалекты
        алфавит письменность словарь носители исчезающие передача ученики мастера
        кооперативы предприятия туризм экономика облако датчики дроны спутник
        фотограмметрия алгоритмы транскрипция галереи кураторы исследователи историки
        лингвисты музыканты певцы танцоры писатели поэты режиссёры фотографы инженеры
        сохранять развивать передавать делиться документировать оцифровывать
        рассказывать открывать изучать объединять поддерживать каллиграфия куклы ковры
        гончарство маски обряды церемонии цифрового культурного наследия вышивка
        """,
    # Written here with spaces between words; joined without them (see Writer).
    "zh-hans": """
        的 和 在 与 为 了 让 把 更多 通过
        数字 文化 遗产 社区 项目 传统 青年 文化遗产 博物馆 音乐 保护 传承 技术 平台
        创新 历史 艺术 语言 档案馆 展览 手工艺 图书馆 学校 教育 网络 数据 资源 公众
        观众 游客 故事 记忆 声音 影像 照片 录音 视频 舞蹈 戏曲 电影 动画 游戏 设计
        民族 乡村 城市 地区 合作 交流 国际 多样性 可持续 发展 创意 产业 企业 旅游
        经济 就业 收入 妇女 儿童 老人 志愿者 教师 学生 研究人员 专家 学者 工作坊 培训
        非物质文化遗产 虚拟现实 增强现实 人工智能 机器学习 大数据 云计算 区块链 三维
        扫描 建模 数字化 修复 保存 展示 传播 直播 短视频 社交媒体 应用程序 网站 互动
        沉浸式 体验 利用 帮助 记录 推动 促进 提升 打造 建立 开发 参与 学习 了解 分享
        连接 支持 鼓励 年轻人 丰富 独特 珍贵 生动 刺绣 陶瓷 剪纸 皮影 木雕 漆器 织锦
        茶艺 民歌 乐器 古琴 舞台 表演 节日 庆典 仪式 方言 文字 词典 翻译 字幕 口述
        家谱 古籍 文献 手稿 壁画 石窟 古建筑 遗址 村落 景观 丝绸之路 运河 草原 山区
        海岛 沙漠 农民 牧民 渔民 匠人 传承人 工匠 市场 品牌 版权 授权 政策 资金
        基金会 公益 包容 平等 对话 共享 开放 在线 课程 教材 地图 导览 讲解 服务 公共
        空间 文化馆 剧院 美术馆 音乐厅 少数民族 书法
        """,
    "ar": """
        في من على إلى مع عن هذا التي الذي بين
        الرقمي الثقافة التراث المجتمع الثقافي مشروع الشباب المحلي الأرشيف المتحف
        الموسيقى التُّرَاث التكنولوجيا المنصة التقليدية التاريخ اللغات الحكايات الرَّقْمِيّ
        الفنانين الجمهور المفتوحة البيانات المجموعة المكتبة المدرسة الشبكة الجديدة
        الإبداع التنوع التعليم الخرائط الوصول الزوار المعرض الحرف اليدوية الأغاني الرقص
        الأفلام الصور التسجيلات الذاكرة الأصوات المهرجان المسرح التصميم الصوت الفيديو
        البحث التدريب الشركاء المتطوعين المعلمين الطلاب الأسر النساء القرى المدينة
        المنطقة الريف الثَّقَافَة الشفهي غير المادي الحي الممارسات المهارات المعرفة
        الأدوات البرمجيات التطبيق الموقع الإلكتروني الواقع الافتراضي المعزز الذكاء
        الاصطناعي التعلم الآلي الترجمة الترجمات الوصفية الفهرس الحفظ الترميم
        الصيانة الرقمنة المخطوطات النسيج الفخار الرسم النحت العمارة الآثار المواقع
        الأثرية المناظر الأنهار الجبال الأسواق الطعام الوصفات الشعر الأدب الكتب النشر
        الإذاعة التلفزيون السينما الرسوم المتحركة الألعاب الأزياء المجوهرات الآلات
        الطبول الناي الجوقة الأوركسترا الإيقاع اللحن الكلمات العرض الخشبة الورشة الإقامة
        التمويل السياسات الحقوق حقوق المؤلف التراخيص الاستدامة الإدماج المساواة الحوار
        التبادل التعاون الدولي الحكي الأساطير اللهجات الأبجدية الكتابة المعجم المتحدثين
        المهددة النقل المتدربين الحرفيين التعاونيات الشركات السياحة الاقتصاد
        الدخل الوظائف البث السحابة أجهزة الاستشعار الطائرات المسيرة الأقمار الصناعية
        الخوارزميات التوثيق المعارض القيمين الباحثين المؤرخين اللغويين الموسيقيين
        المغنين الراقصين الرسامين الكتّاب الشعراء المخرجين المصورين المهندسين حماية
        تعزيز نقل توثيق نشر تطوير دعم بناء إحياء تعلم مشاركة استخدام المُوسِيقَى
        الإِبْدَاع اللُّغَة الفُنُون الذَّاكِرَة الحِرَف الخط العربي التطريز السجاد الخزف الأقنعة
        الطقوس الاحتفالات البدو الواحات الصحراء الساحل
        """,
}

FICTIONAL = {
    "en": "(fictional)",
    "fr": "(fictif)",
    "es": "(ficticio)",
    "ru": "(вымышленный)",
    "zh-hans": "（虚构）",
    "ar": "(خيالي)",
}

SUMMARY_LENGTH = 300  # ContentPage.summary's max_length


class Writer:
    """Random titles, summaries and paragraphs in one language, from ``rng``."""

    def __init__(self, language, rng):
        self.words = WORDS[language].split()
        self.cum_weights = list(
            itertools.accumulate((rank + 10) ** -1.5 for rank in range(len(self.words)))
        )
        self.chinese = language == "zh-hans"
        self.space = "" if self.chinese else " "
        self.fictional = FICTIONAL[language]
        self.rng = rng

    def pick(self, low, high):
        count = self.rng.randint(low, high)
        return self.rng.choices(self.words, cum_weights=self.cum_weights, k=count)

    def sentence(self, low, high):
        words = self.pick(low, high)
        if self.chinese:
            # Clauses of a few words between commas, as in written Chinese.
            return "，".join("".join(words[i : i + 5]) for i in range(0, len(words), 5)) + "。"
        text = " ".join(words)
        return text[0].upper() + text[1:] + "."

    def title(self):
        text = self.space.join(self.pick(3, 7))
        return f"{text[0].upper()}{text[1:]}{self.space}{self.fictional}"

    def summary(self):
        return Truncator(self.sentence(12, 30)).chars(SUMMARY_LENGTH)

    def paragraphs(self):
        """Two to four paragraphs of two to four sentences (about 30 to 300 words)."""
        return [
            self.space.join(self.sentence(8, 20) for _ in range(self.rng.randint(2, 4)))
            for _ in range(self.rng.randint(2, 4))
        ]

import MarsadCore
import MarsadExtract
import Testing

/// Trigger words read in their other sense, a trigger inside a name, and verbs that tell of
/// no one's act, in sentences written for these tests.
@Suite struct EventSenseTests {
    func types(_ text: String) -> [String] { events(text).map(\.type) }

    @Test func aStudentDemandsNothing() {
        #expect(!types("يدرس في الجامعة نحو ثلاثة آلاف طالب من عشرين دولة.").contains("REQUEST"))
        #expect(!types("وقالت الشرطة إن المشتبه به طالب في كلية الهندسة.").contains("REQUEST"))
        #expect(!types("ويدرس في أمريكا أكثر من مائة ألف طالب سعودي جاءوا بمنح حكومية.").contains("REQUEST"))
        #expect(!types("واعتبر أحمد المنتشري طالب دكتوراه بجامعة برمنجهام أن المسألة معقدة.").contains("REQUEST"))
        #expect(!types("وقالت وزارة التعليم السعودية إن أي طالب وطالبة بإمكانهم التسجيل في البرنامج.").contains("REQUEST"))
        // Controls: the بـ of what is demanded, far past the subject and object, or the verb opening its clause.
        #expect(types("وقالت مصادر إن الاتحاد الدولي للصحفيين طالب اليوم السلطات اليمنية بالإفراج عن المراسل.").contains("REQUEST"))
        #expect(types("وطالب النواب الحكومة الاستقالة.").contains("REQUEST"))
    }

    @Test func aTruceNamedAsBrokenIsNoTruceMade() {
        #expect(!types("واعتبر الرئيس الغارات \"خرقا فاضحا\" لاتفاق وقف إطلاق النار.").contains("RETREAT"))
        #expect(!types("واتهم الجيش الحركة بانتهاك الهدنة.").contains("RETREAT"))
        #expect(!types("وتبادل الطرفان الاتهامات بخرق الاتفاق.").contains("AGREE"))
        // Control: a truce concluded.
        let made = types("وقعت إسرائيل وحماس اتفاقا لوقف إطلاق النار في غزة.")
        #expect(made.contains("RETREAT") && made.contains("AGREE"))
    }

    @Test func toAchieveIsNoInquiry() {
        #expect(!types("حققت الشركة أرباحا قياسية هذا العام.").contains("ACCUSE"))
        #expect(!types("وأشاد الوزير بما حققه المنتخب من نتائج.").contains("ACCUSE"))
        // An achievement close after it, though في or مع follows.
        #expect(!types("وقال الوزير إن السعودية حققت نجاحا كبيرا في مكافحة الإرهاب.").contains("ACCUSE"))
        #expect(!types("وقال الوزير إن الشرطة السعودية حققت نتائج متميزة مع المتهمين.").contains("ACCUSE"))
        #expect(!types("وقال إن الحكومة السعودية حققت المركز الأول في مؤشر الشفافية.").contains("ACCUSE"))
        // Control: investigating في or مع.
        #expect(types("حققت النيابة العامة مع الوزير السابق في تهم فساد.").contains("ACCUSE"))
    }

    @Test func aCourtsConvictionIsNoCondemnation() {
        #expect(!types("صادقت محكمة الاستئناف على الحكم بسجن رجلين ثلاث سنوات بعد إدانتهما بسرقة مبلغ كبير.").contains("ACCUSE"))
        #expect(!types("وقضت محكمة في فيينا بالسجن عامين على شاب لإدانته بتأييد تنظيم داعش.").contains("ACCUSE"))
        #expect(!types("وأصدرت المحكمة حكما بإدانة المتهم بتهمة الرشوة.").contains("ACCUSE"))
        #expect(!types("وأدانت المحكمة الجزائية المتخصصة الأكاديمي السعودي بتهم عدة.").contains("ACCUSE"))
        // Nor does one who owes loyalty condemn.
        #expect(!types("وقال الوزير إن الجيش الوطني يدين بالولاء للوطن وقيادته.").contains("ACCUSE"))
        // Controls: a state's condemnation, strongly too.
        #expect(types("وأعربت مصر عن إدانتها بشدة للهجوم الإرهابي.").contains("ACCUSE"))
        #expect(types("وأعربت مصر عن إدانتها بأشد العبارات للهجوم الإرهابي.").contains("ACCUSE"))
    }

    @Test func searchingIsNoTalk() {
        #expect(!types("تبحث الشرطة عن شخصين فرا من السجن.").contains("CONSULT"))
        // Nor is research, or a police team's search.
        #expect(!types("وأظهرت دراسة أجراها فريق بحثي من جامعة الملك سعود أن المرض ليس نادرا في المملكة.").contains("CONSULT"))
        #expect(!types("وشكلت شرطة القصيم فريق بحث وتحر للوصول إلى الجناة.").contains("CONSULT"))
        #expect(types("بحث وزير الخارجية مع نظيره الأردني تطورات الأزمة.").contains("CONSULT"))
    }

    @Test func askingNotToBeNamedOrDecliningToCommentIsNoEvent() {
        #expect(!types("وقال مسؤول أمني طلب عدم ذكر اسمه إن الهجوم كان متوقعا.").contains("REQUEST"))
        #expect(!types("ورفض المتحدث باسم الوزارة التعليق على التقرير.").contains("REJECT"))
        #expect(!types("ورفض هذا النائب، عبر وسيط، الإدلاء بأي تعليق.").contains("REJECT"))
        #expect(!types("ورفضت وزارة الدفاع العراقية تأكيد أو نفي الأنباء.").contains("REJECT"))
        // Controls: a request and a refusal of something.
        #expect(types("طلب الرئيس من الحكومة تقديم استقالتها.").contains("REQUEST"))
        #expect(types("رفض البرلمان مشروع القانون بأغلبية كبيرة.").contains("REJECT"))
    }

    @Test func formulasAndServicesAreNoEvents() {
        #expect(!types("وكان في استقبال خادم الحرمين الشريفين لدى وصوله أيده الله رئيس الحكومة.").contains("SUPPORT"))
        #expect(!types("شب الوالد على طلب العلم على يد علماء المدينة.").contains("REQUEST"))
        #expect(!types("ولم تلب المصانع الطلب المتزايد على الإسمنت.").contains("REQUEST"))
        #expect(!types("واستقبل مستشفى طريف العام الخادمة في حالة شبه غيبوبة.").contains("CONSULT"))
        #expect(!types("وضربت الأمطار ولاية راخين التي تستقبل أصلا 140 ألف نازح.").contains("CONSULT"))
        #expect(!types("اجتاحت حرائق مساحات كبيرة من الغابات في كاليفورنيا.").contains("ASSAULT"))
        #expect(!types("أوقفت الخطوط الجوية اليمنية أمس رحلاتها من وإلى صنعاء.").contains("COERCE"))
        #expect(!types("قام رئيس البلدية وعدد من الموظفين بزيارة مستشفى الملك فهد لمعايدة المرضى.").contains("CONSULT"))
        #expect(!types("غادر جدة أمس رئيس وزراء باكستان نواز شريف بعد زيارته لأداء مناسك العمرة.").contains("CONSULT"))
        #expect(!types("وقالت الوزارة إن 29 مليون سائح زاروا البلاد في النصف الأول من العام.").contains("CONSULT"))
        #expect(!types("ونظمت الجمعية رحلة عمرة لـ450 معتمرا لزيارة مكة المكرمة.").contains("CONSULT"))
        #expect(!types("وقالت إن الانفجار وقع فيما اجتمع شباب أتراك وأكراد في المركز الثقافي.").contains("CONSULT"))
        #expect(!types("ونصحت الوزارة السعودية المواطنين بزيارة الطبيب عند ظهور الأعراض.").contains("CONSULT"))
        #expect(!types("ويلتقي يوفنتوس ولاتسيو في كأس السوبر الإيطالية غدا بمدينة شنغهاي.").contains("CONSULT"))
        #expect(!types("وألقى منظم السحور كلمة رحب فيها بالحضور من الإعلاميين والصحفيين.").contains("SUPPORT"))
        #expect(!types("وأعلنت الشركة أن سكايب تدعم اللغتين الفرنسية والألمانية في المترجم الفوري.").contains("SUPPORT"))
        #expect(!types("وتعد السعودية أكبر دولة عربية في دعم الوقود.").contains("SUPPORT"))
        #expect(!types("وحافظت إيطاليا على دعمها للمهرجان من خلال المركز الثقافي الإيطالي.").contains("SUPPORT"))
        #expect(!types("ولا يتفق جميع الخبراء مع هذا الرأي، بمن فيهم مسؤولون سابقون.").contains("AGREE"))
        // Controls.
        #expect(types("اتفقت مصر والسودان على تشكيل لجنة فنية مشتركة.").contains("AGREE"))
        #expect(types("رحبت الخارجية السعودية بقرار مجلس الأمن.").contains("SUPPORT"))
        #expect(types("وقال الوزير إن الولايات المتحدة تدعم العراق وتسلح جيشه.").contains("SUPPORT"))
        #expect(types("قام وزير الخارجية بزيارة إلى القاهرة التقى خلالها الرئيس المصري.").contains("CONSULT"))
        #expect(types("أوقفت الشرطة الإسبانية رجلا من مليلية في إطار عملية أمنية.").contains("COERCE"))
        #expect(types("وقالت المنسقية إن قوات الأمن أوقفت منذ الأحد عشرات المحتجين.").contains("COERCE"))
        #expect(types("وأكد مسؤول أن حزب الله أوقفهم عند مدخل القرية.").contains("COERCE"))
        #expect(types("اجتاحت القوات العراقية الكويت في أغسطس 1990.").contains("ASSAULT"))
        #expect(types("استقبل الملك سلمان وزير الدفاع الأمريكي في قصر اليمامة.").contains("CONSULT"))
        #expect(types("أيد البرلمان الأوروبي قرار العقوبات.").contains("SUPPORT"))
        #expect(types("طلب الوزير من السفير مغادرة البلاد.").contains("REQUEST"))
    }

    @Test func anIssuedReportADeathAndAFartherGoalAreNoCoercion() {
        #expect(!types("وجاء في تقرير صادر عن وزارة الصحة المصرية أن عدد الإصابات تراجع.").contains("COERCE"))
        #expect(!types("رحل الشاعر الفلسطيني محمود درويش عن عالمنا بعد صراع مع المرض.").contains("COERCE"))
        #expect(!types("وتطمح الحكومة المصرية إلى الذهاب أبعد من الاتفاق السابق مع صندوق النقد.").contains("COERCE"))
        // Controls: a seizure, and deportations by the authorities or of someone named after the verb.
        #expect(types("صادر الجيش اللبناني معدات الصحفيين عند الحاجز.").contains("COERCE"))
        #expect(types("رحلت السلطات الكويتية عشرات المخالفين لنظام الإقامة.").contains("COERCE"))
        #expect(types("أبعدت فرنسا إماما متشددا إلى الجزائر.").contains("COERCE"))
    }

    @Test func aMountainTopAClaimACauseForHopeAndADateAreNoEvents() {
        #expect(!types("ووقف الرئيس الأمريكي باراك أوباما على قمة جبل في ولاية ألاسكا.").contains("CONSULT"))
        #expect(!types("وقال المتحدث إن الحكومة المصرية في قمة السعادة بالنتائج في سيناء.").contains("CONSULT"))
        #expect(!types("وقال الحزب إن خصومه يدعون أنهم يمثلون الشعب.").contains("REQUEST"))
        #expect(!types("وقال رئيس الوزراء العراقي إن انتصارات الجيش تدعو إلى التفاؤل.").contains("REQUEST"))
        #expect(!types("وتنطلق الحملة يوم الأحد الذي يوافق الأول من سبتمبر بمشاركة وزارة الصحة السعودية.").contains("AGREE"))
        #expect(!types("استقبل ميناء جدة الإسلامي سفينة تحمل ألف طن من القمح.").contains("CONSULT"))
        #expect(!types("وأوضحت الوزارة أنها استقبلت ما يزيد على مليون معتمر هذا العام.").contains("CONSULT"))
        // Controls: a summit held, a call to an act, a decision approved and a visitor received.
        #expect(types("عقد القادة العرب قمة طارئة في القاهرة.").contains("CONSULT"))
        #expect(types("ودعا الرئيس الفرنسي إلى وقف القتال في اليمن.").contains("REQUEST"))
        #expect(types("وافق مجلس الوزراء السعودي على نظام الجمعيات.").contains("AGREE"))
        #expect(types("استقبل الرئيس المصري وزير الخارجية الأمريكي في القاهرة.").contains("CONSULT"))
    }

    @Test func whatEndangersThreatensNoOne() {
        #expect(!types("وقال نتانياهو إن الاتفاق النووي يهدد أمن إسرائيل.").contains("THREATEN"))
        #expect(!types("وحذر الوزير من سيول قد تهدد حياة المواطنين في المنطقة.").contains("THREATEN"))
        // Control: an actor's threat.
        #expect(types("وهدد الحوثيون باستهداف السفن السعودية في البحر الأحمر.").contains("THREATEN"))
    }

    @Test func aWordOfAnOrganisationsNameIsNoTrigger() {
        #expect(!types("وصل الأمين العام لمجلس التعاون الخليجي إلى الرياض أمس.").contains("COOPERATE"))
        // Control: cooperation between two states.
        #expect(types("تعاونت مصر والسودان في مكافحة التهريب عبر الحدود.").contains("COOPERATE"))
    }

    @Test func aDefiniteNounRefersToAnEventToldBefore() {
        // The sanctions and the talks named again: no new sanctions, no new talks.
        #expect(!types("ويأمل التجار في رفع العقوبات الأمريكية عن إيران قريبا.").contains("SANCTION"))
        #expect(!types("وانتقد النائب المفاوضات السعودية الروسية في الرياض.").contains("CONSULT"))
        // Controls: a verb of taking place reports it, and so does an indefinite noun.
        #expect(types("وانطلقت المفاوضات السعودية الروسية في الرياض.").contains("CONSULT"))
        #expect(types("وقعت مصر والسودان اتفاقا لتقاسم المياه.").contains("AGREE"))
    }

    @Test func aVerbOfAnUnscoredTypeWithNoActorIsNoEvent() {
        #expect(!types("تدعم السماعة الجديدة الشحن اللاسلكي.").contains("SUPPORT"))
        // Controls: an actor names whose act it is, or a negation denies it.
        #expect(types("دعمت فرنسا القرار في مجلس الأمن.").contains("SUPPORT"))
        #expect(events("لم يوافق أحد على الخطة.").contains { $0.type == "AGREE" && $0.polarity == "negated" })
        // A plural verb's own subject is someone named before it in its sentence.
        #expect(events("وصل وزراء الخارجية العرب إلى القاهرة، حيث بحثوا سبل وقف القتال.").contains { $0.trigger == "بحثوا" })
        // Control: with no one named before it, the plural verb tells of no one's act.
        #expect(!events("وفي المساء بحثوا خلاله سبل الترفيه.").contains { $0.type == "CONSULT" })
    }

    @Test func whatAsTheSubjectOfAVerbIsNoOnesAct() {
        // ما is the subject: "what threatens", "what prompted".
        #expect(!types("وأكد الوزير التعامل بحزم مع كل ما يهدد أمن الوطن.").contains("THREATEN"))
        #expect(!types("وتأخر تسليم المشاريع، ما دعا الوزارة إلى تشكيل لجنة.").contains("REQUEST"))
        #expect(!types("وتراجعت الأسعار، وهو ما دعاهم إلى ترك القطاع.").contains("REQUEST"))
        #expect(!types("ووقعت الاتفاقية بما يدعم استقرار المنطقة.").contains("SUPPORT"))
        // Controls: ما is the object, and the actor follows (the pronoun or a preposition takes it up),
        // or ما strengthens a condition.
        #expect(events("وطالبت ألمانيا بالإفراج عن الصحفي، وهو ما رفضته طهران على الفور.").contains { $0.type == "REJECT" && $0.polarity == "asserted" })
        #expect(events("وأحرق متظاهرون العلم الصيني، وهو ما نددت به بكين بشدة.").contains { $0.type == "ACCUSE" && $0.polarity == "asserted" })
        #expect(events("قد يلقي المجتمع الدولي اللوم على إسرائيل إذا ما رفض الكونغرس الاتفاق.").contains { $0.type == "REJECT" && $0.polarity == "asserted" })
    }

    @Test func aClubsDealingsAreNoPoliticalAct() {
        #expect(!types("وذكرت تقارير أن نادي يوفنتوس توصل لاتفاق مع ماريو غوتزه نجم بايرن ميونيخ.").contains("AGREE"))
        #expect(!types("وطالب المدرب الجديد إدارة الفريق بالتعاقد مع مدافعين قبل المباراة.").contains("REQUEST"))
        // Controls: a player alone is a crisis's as often as a team's; the scored types are the classifier's.
        #expect(types("ورفضت روسيا مطالب اللاعبين الإقليميين بوقف الغارات.").contains("REJECT"))
        #expect(types("اتفقت مصر والسودان على تشكيل لجنة فنية مشتركة.").contains("AGREE"))
    }

    @Test func aWarningThreatensOnlyWithAPenaltyOrAReprisal() throws {
        let warning = try event("وحذر وزير التربية المعلمين المضربين من \"إجراءات قانونية\" إذا استمر الإضراب.", "THREATEN")
        #expect(warning.codes(warning.source) == ["---GOV"] && warning.codes(warning.target) == ["---EDU"], "\(warning)")
        #expect(types("وحذرت إيران الولايات المتحدة من رد حازم.").contains("THREATEN"))
        // A warning of a danger, or from a ministry of work, threatens no one.
        #expect(!types("وحذرت المبعوثة الأممية من أن الخطوة قد تعيد البلاد إلى مرحلة الانقسام.").contains("THREATEN"))
        #expect(!types("حذر فرع وزارة العمل المواطنين من التعامل مع مكاتب الاستقدام غير المرخصة.").contains("THREATEN"))
    }

    @Test func thePrisonersClubIsNoSportAndSinceATimeBarsNoObject() throws {
        let text = "وقال نادي الأسير الفلسطيني إن الجيش الإسرائيلي اعتقل منذ مساء الاثنين 25 فلسطينيا على الأقل."
        let arrests = try event(text, "COERCE", published: "2025-06-11")
        #expect(arrests.source == ["idf"] && arrests.target == ["country-pse"], "\(arrests)")
        // Control: a football club's dealings are sport.
        #expect(!events("توصل نادي يوفنتوس لاتفاق مع غوتزه.").contains { $0.type == "AGREE" })
    }

    @Test func supplyingArmsIsAidAndSupplyingFuelIsNone() throws {
        let arms = try event("وزودت إيران جماعة الحوثي بصواريخ وطائرات مسيرة.", "AID")
        #expect(arms.codes(arms.source) == ["IRN"], "\(arms)")
        #expect(try event("وسلحت واشنطن المعارضة السورية.", "AID").trigger == "وسلحت")
        #expect(!types("وتزود الشركة السفن بالوقود في ميناء جدة.").contains("AID"))
        #expect(!types("وزودت الوزارة المدارس بأجهزة حاسب حديثة.").contains("AID"))
        // A denial of arming denies the aid.
        let denied = try event("ونفت طهران أن تكون قد زودت الحوثيين بأي أسلحة.", "AID")
        #expect(denied.modality == "denied", "\(denied)")
    }

    @Test func holdingBackMoneyOrFloodsDetainsNoOne() throws {
        let found = events("اعتصم العشرات من المودعين أمام مقر جمعية المصارف احتجاجا على استمرار احتجاز ودائعهم منذ عام 2019.", published: "2025-11-20")
        #expect(!found.contains { $0.type == "COERCE" }, "\(found)")
        let floods = events("وفي العارضة احتجزت السيول مركبات المواطنين وقطعت الكهرباء لساعات.", published: "2015-07-20")
        #expect(!floods.contains { $0.type == "COERCE" }, "\(floods)")
        // Control: people held are detained.
        let held = try event("احتجزت الشرطة ثلاثة ناشطين في العاصمة.", "COERCE", published: "2015-07-20")
        #expect(held.codes(held.source) == ["---COP"], "\(held)")
    }

    @Test func aBodyNamedByWhatItDoesDoesNothing() {
        #expect(!types("اندلعت اشتباكات في طرابلس بين قوات جهاز دعم الاستقرار ومجموعات مسلحة.").contains("SUPPORT"))
        #expect(!types("ويعيش المهاجرون في مركز احتجاز قرب الساحل منذ أشهر.").contains("COERCE"))
        // Controls: a meeting in one's office is held, and a visit's programme is that of a visit.
        #expect(types("عقد المحافظ بمكتبه اجتماعا مع مديري الإدارات.").contains("CONSULT"))
        #expect(types("وأعلنت الرئاسة برنامج زيارة الرئيس الفرنسي إلى الرياض.").contains("CONSULT"))
    }
}

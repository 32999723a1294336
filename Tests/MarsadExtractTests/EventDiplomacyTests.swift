import MarsadCore
import MarsadExtract
import Testing

/// Expulsions and recalls of envoys, summons, calls, mediation and restrictions, and who acts in a
/// verbal noun's genitive, in sentences written for these tests.
@Suite struct EventDiplomacyTests {
    @Test func whoMakesACallIsItsSourceAndWhoReceivesItItsTarget() throws {
        let text = "تلقى صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد وزير الدفاع اتصالاً هاتفياً من الرئيس اليمني عبدربه منصور هادي."
        let received = try event(text, "CONSULT", published: "2015-06-05")
        #expect(received.source == ["abdrabbuh-mansur-hadi"] && received.target == ["mohammed-bin-salman"], "\(received)")
        // Control: a call made is the subject's.
        let made = try event("أجرى الرئيس الفرنسي فرانسوا هولاند اتصالا هاتفيا مع الملك سلمان بن عبدالعزيز.", "CONSULT", published: "2015-06-05")
        #expect(made.source == ["francois-hollande"] && made.target == ["salman-bin-abdulaziz"], "\(made)")
    }

    @Test func aCallInAnAsideIsTheSubjectsWithWhomItNames() throws {
        let text = "ودعا رئيس الوزراء العراقي محمد شياع السوداني، خلال اتصال هاتفي مع الرئيس التركي رجب طيب أردوغان، إلى احترام سيادة العراق."
        let call = try #require(events(text, published: "2025-12-05").first { $0.type == "CONSULT" && $0.mode == "phone" })
        #expect(call.source == ["mohammed-shia-al-sudani"] && call.target == ["recep-tayyip-erdogan"], "\(call)")
        // The talks a verb reports through such an aside are with whom it names.
        let talks = try event("وبحث رئيس الوزراء العراقي محمد شياع السوداني، في اتصال هاتفي مع الرئيس التركي رجب طيب أردوغان، العلاقات الثنائية.",
                              "CONSULT", published: "2025-12-05")
        #expect(talks.source == ["mohammed-shia-al-sudani"] && talks.target == ["recep-tayyip-erdogan"], "\(talks)")
        // An aside left open, with no comma after it, still tells the occasion of the subject's act.
        let open = events("ودعا رئيس الوزراء العراقي محمد شياع السوداني، خلال اتصال هاتفي مع الرئيس التركي رجب طيب أردوغان إلى احترام سيادة العراق.", published: "2025-12-05")
        #expect(open.contains { $0.mode == "phone" && $0.source == ["mohammed-shia-al-sudani"] && $0.target == ["recep-tayyip-erdogan"] }, "\(open)")
    }

    @Test func expellingDiplomatsIsASanctionAndExpellingAPersonADeportation() throws {
        let diplomats = try event("أعلنت وزارة الخارجية الجزائرية يوم الأحد طرد اثني عشر موظفا في السفارة الفرنسية.", "SANCTION")
        #expect(diplomats.mode == "expel" && diplomats.trigger == "طرد")
        // The ministry that announced the expulsion made it, past the day it names.
        #expect(diplomats.codes(diplomats.source) == ["DZAGOV"])
        let planned = try event("وأعلن الوزير أن فرنسا ستطرد بدورها اثني عشر دبلوماسيا جزائريا.", "SANCTION")
        #expect(planned.mode == "expel" && planned.modality == "planned" && planned.codes(planned.source) == ["FRA"])
        // Controls: a person deported; the present of طرد firing staff is no event.
        #expect(try event("طردت السلطات صحفيا أجنبيا من البلاد.", "COERCE").mode == "deport")
        #expect(events("وقد تطرد الشركة عددا من العاملين فيها.").isEmpty)
    }

    @Test func aStateRecallsItsOwnEnvoyAndSummonsAnother() throws {
        let recall = try event("استدعى وزير الخارجية الفرنسي سفير بلاده لدى الجزائر للتشاور.", "SANCTION")
        #expect(recall.mode == "withdraw" && recall.codes(recall.target) == ["DZA"])
        let own = try event("وفي وقت سابق استدعت البحرين، أمس، سفيرها لدى إيران.", "SANCTION")
        #expect(own.mode == "withdraw" && own.codes(own.source) == ["BHR"] && own.codes(own.target) == ["IRN"])
        // The capital an envoy serves in stands for its state.
        let capital = try event("واستدعت الجزائر سفيرها من باريس احتجاجا على التصريحات.", "SANCTION")
        #expect(capital.codes(capital.target) == ["FRA"])
        let summons = try event("استدعت الخارجية المصرية السفير الإسرائيلي في القاهرة.", "ACCUSE")
        #expect(summons.mode == "disapprove")
        // A ministry in the construct state is its state's (وزارة خارجية مملكة البحرين).
        let ministry = try event("استدعت وزارة خارجية مملكة البحرين السفير الإيراني.", "ACCUSE")
        #expect(ministry.codes(ministry.source) == ["BHRGOV"])
        #expect(!events("استدعت الخارجية المصرية السفير الإسرائيلي في القاهرة.").contains { $0.type == "SANCTION" })
        // The noun's genitive summons (Pakistan), unless it is the envoy.
        let noun = try event("وجاء ذلك بعد أيام من استدعاء باكستان للسفير الهندي.", "ACCUSE")
        #expect(noun.codes(noun.source) == ["PAK"])
        // Controls: استدعى calling for something or someone else.
        #expect(events("استدعى الأمر تدخلا عاجلا من الدفاع المدني.").isEmpty)
        #expect(events("واستدعت المحكمة شاهدين للإدلاء بأقوالهما.").isEmpty)
    }

    @Test func callsMediationAndRestrictionsAreEvents() throws {
        let call = try event("وقالت ميلوني إنها تحدثت هاتفيا مع الرئيس الفرنسي إيمانويل ماكرون.", "CONSULT")
        #expect(call.mode == "phone")
        #expect(try event("وتوسطت قطر في المفاوضات بين الطرفين.", "CONSULT").mode == "third-party")
        let restrictions = try event("وفرضت الحكومة الفرنسية قيودا على منح التأشيرات للمسؤولين الجزائريين.", "SANCTION")
        #expect(restrictions.codes(restrictions.source) == ["FRAGOV"])
        // Controls: a thing in the middle of another; imposing one's control.
        #expect(events("وتضم الساحة نصبا تذكاريا يتوسطها علم كبير.").isEmpty)
        #expect(events("وتقع البلدة على الطريق الذي يتوسط ما بين المحافظتين.").isEmpty)
        #expect(events("وفرض الجيش سيطرته على المدينة.").allSatisfy { $0.type != "SANCTION" && $0.type != "COERCE" })
        #expect(events("وكان الهدف من خلال فرض بعض القيود على البرنامج.").isEmpty)
        // Restrictions on movement coerce.
        #expect(try event("فرضت الشرطة اليوم قيودا على دخول المصلين إلى المسجد.", "COERCE").mode == "restrict")
    }

    @Test func aVerbalNounsGenitiveBeforeAnAccusativeActs() throws {
        let arrest = try event("ردا على اعتقال السلطات الفرنسية موظفا قنصليا في باريس.", "COERCE")
        #expect(arrest.codes(arrest.source) == ["FRAGOV"] && arrest.codes(arrest.target) == ["---LAB"])
        // Controls: a genitive alone is whom the act struck; a nisba after it tells the manner (militarily).
        let plain = try event("وأدان الوزير اعتقال الصحفي.", "COERCE")
        #expect(plain.codes(plain.target) == ["---MED"])
        let aid = try event("وركزت الإدارة الأمريكية على دعم كييف عسكريا.", "AID")
        #expect(aid.codes(aid.target) == ["UKR"])
    }

    @Test func natureStrikesAndACeasefireShootsNoOne() {
        #expect(!events("وقال المركز إن الزلزال ضرب على عمق 26 كلم.").contains { $0.type == "ASSAULT" })
        #expect(!events("ضربت عاصفة رملية المنطقة الشرقية أمس.").contains { $0.type == "ASSAULT" })
        let ceasefire = events("ويدل ذلك على صمود وقف لإطلاق النار في المدينة.")
        #expect(!ceasefire.contains { $0.type == "ASSAULT" })
        // Control: a man beaten.
        #expect(events("ضرب رجال الشرطة متظاهرا في الشارع.").contains { $0.type == "ASSAULT" })
    }

    @Test func recallingItsAmbassadorsIsAWithdrawal() throws {
        let text = "وأعلنت إسبانيا وأيرلندا والنرويج اعترافها رسميا بدولة فلسطين، ما دفع إسرائيل إلى استدعاء سفرائها لدى الدول الثلاث للتشاور."
        let recall = try event(text, "SANCTION")
        #expect(recall.mode == "withdraw" && recall.source == ["country-isr"], "\(recall)")
    }
    @Test func whomAnActIsDoneWithIsNeverItsSubject() throws {
        let met = try event("التقت باترسون مع رئيس الوزراء القطري الشيخ عبدالله بن خليفة آل ثاني.", "CONSULT")
        #expect(met.source.isEmpty && met.target == ["abdullah-bin-khalifa-al-thani"], "\(met)")
        // A counterpart before the name is the name's title, as near the noun as its first word.
        let talks = try event("وأجرى الرئيس التركي رجب طيب إردوغان أمس محادثات مع نظيره الصيني شي جينبينغ في بكين.", "CONSULT")
        #expect(talks.source == ["recep-tayyip-erdogan"] && talks.target == ["xi-jinping"], "\(talks)")
    }

    @Test func whoBrokersAnActIsNoneOfItsParties() throws {
        // The agreement a verb of signing carries out is between the two who sign it, not with its mediator.
        let deal = try event("ووقعت الحكومة والمتمردون اتفاق سلام بوساطة قطرية.", "AGREE")
        #expect(deal.codes(deal.source) == ["---GOV"] && deal.codes(deal.target) == ["---REB"], "\(deal)")
        // Those joined to a sponsor sponsor with it.
        let hosted = events("وبرعاية الولايات المتحدة والصين استضافت باكستان مفاوضات بين طالبان والحكومة الأفغانية.")
        #expect(!hosted.contains { ($0.source + $0.target).contains { ["country-usa", "country-chn"].contains($0) } }, "\(hosted)")
    }

    @Test func aMeetingOnWhoseOccasionOneSpeaksIsTheSpeakers() throws {
        let meeting = try event("وقال كيري خلال لقاء مع نظيره الروسي سيرغي لافروف في جنيف إن بلاده تريد حلا سياسيا.", "CONSULT")
        #expect(meeting.source == ["john-kerry"] && meeting.target == ["sergey-lavrov"], "\(meeting)")
        let talks = try event("وأكد لافروف في مستهل محادثاته مع نظيره السعودي عادل الجبير أن العلاقات جيدة.", "CONSULT")
        #expect(talks.source == ["sergey-lavrov"] && talks.target == ["adel-al-jubeir"], "\(talks)")
        // With no word of occasion, the nearest subject before the noun in its clause, past a press conference's adjective.
        let after = try event("وقال الجبير في مؤتمر صحفي بعد محادثات مع نظيره الروسي سيرغي لافروف إن الأسد سبب ظهور داعش.", "CONSULT")
        #expect(after.source == ["adel-al-jubeir"] && after.target == ["sergey-lavrov"], "\(after)")
        // Control: an interview is no meeting of the speaker's with the media.
        #expect(!events("وقال الوزير عادل الجبير في لقاء مع قناة العربية إن المملكة لن تتراجع.").contains { $0.type == "CONSULT" })
    }
}

import MarsadCore
import MarsadExtract
import Testing

/// A visit and what is done during it, and the talks a host holds with his guest; in sentences written for these tests.
@Suite struct EventVisitTests {
    @Test func whoIsMetDuringAVisitIsMetByTheVisitor() throws {
        let both = events("وصل غروسي إلى طهران في زيارة يلتقي خلالها عراقجي.", published: "2025-11-17")
        #expect(both.contains { $0.type == "CONSULT" && $0.mode == "visit" && $0.source == ["rafael-grossi"] }, "\(both)")
        #expect(both.contains { $0.type == "CONSULT" && $0.mode == nil && $0.source == ["rafael-grossi"] && $0.target == ["abbas-araghchi"] }, "\(both)")
        // A visit after في is the traveller's, named past a pause too.
        let text = "وصل المدير العام للوكالة الدولية للطاقة الذرية رافائيل غروسي إلى طهران، اليوم الاثنين، في زيارة يلتقي خلالها وزير الخارجية الإيراني عباس عراقجي."
        let meeting = try #require(events(text, published: "2025-11-17").first { $0.type == "CONSULT" && $0.mode == nil })
        #expect(meeting.source == ["rafael-grossi"] && meeting.target == ["abbas-araghchi"], "\(meeting)")
        // Control: a person farther from the word of travelling is someone else.
        let other = events("جاء ذلك خلال لقاء رئيس الوزراء الباكستاني نواز شريف بالرئيس التركي الذي وصل الليلة إلى باكستان في زيارة مختصرة.",
                           published: "2015-07-29")
        #expect(!other.contains { $0.type == "CONSULT" && $0.mode == "visit" && $0.source.contains("nawaz-sharif") }, "\(other)")
        // With no one who travels named, Araghchi is met by no one named, not meeting.
        let unnamed = try #require(events("وصل سموه إلى طهران، اليوم الاثنين، في زيارة يلتقي خلالها عراقجي.", published: "2025-11-17")
            .first { $0.type == "CONSULT" && $0.mode == nil })
        #expect(unnamed.source.isEmpty && unnamed.target == ["abbas-araghchi"], "\(unnamed)")
        // Control: what is done during something else may name its subject after it.
        let mediated = try event("فتحت واشنطن وهافانا الباب أمام استئناف العلاقات بعد محادثات سرية توسط فيها الفاتيكان.", "CONSULT")
        #expect(!mediated.source.contains("country-usa"), "\(mediated)")
    }

    @Test func theStateVisitedIsNoVisitor() throws {
        // Egypt is where the visit goes: no visit by Egypt, and the president is met by no one named.
        let found = events("وصل سموه إلى مصر في زيارة رسمية يلتقي خلالها الرئيس عبد الفتاح السيسي.", published: "2015-07-29")
        #expect(!found.contains { $0.type == "CONSULT" && $0.source.contains("country-egy") }, "\(found)")
        #expect(found.contains { $0.type == "CONSULT" && $0.target == ["abdel-fattah-el-sisi"] }, "\(found)")
        // Control: a host is at home.
        let host = try event("واستضافت باكستان في إسلام آباد الجولة الأولى من المحادثات.", "CONSULT", published: "2015-07-29")
        #expect(host.source == ["country-pak"], "\(host)")
        // With no visit among the sentence's acts, the subject before the verb done during a tour still does it.
        let tour = try event("وبدأ الوزير محمد جواد ظريف جولة قصيرة يزور خلالها الكويت وقطر.", "CONSULT", published: "2015-07-29")
        #expect(tour.source == ["mohammad-javad-zarif"] && tour.target == ["country-kwt", "country-qat"], "\(tour)")
    }

    @Test func theArgumentsOfAnActGoOnPastTheVisitItIsDoneDuring() throws {
        let meeting = try event("يلتقي غروسي خلال زيارته عراقجي.", "CONSULT", published: "2025-11-17")
        #expect(meeting.source == ["rafael-grossi"] && meeting.target == ["abbas-araghchi"], "\(meeting)")
        // Control: the visit's own complement is not the act's.
        let hosted = try event("وقد استضافت الكنيسة البابا خلال زيارته الأولى لبولندا.", "CONSULT")
        #expect(!hosted.target.contains("country-pol"), "\(hosted)")
    }

    @Test func talksWithHimAfterAReceptionAreTheHostsWithTheGuest() throws {
        let text = "استقبل الرئيس اللبناني جوزيف عون الموفد الفرنسي جان إيف لودريان، وبحث معه الأوضاع في الجنوب وخطة الجيش."
        let found = events(text, published: "2025-11-18")
        let reception = try #require(found.first { $0.type == "CONSULT" && $0.mode == "visit" })
        let talks = try #require(found.first { $0.type == "CONSULT" && $0.mode == nil }, "\(found)")
        #expect(talks.source == ["joseph-aoun"] && talks.target == reception.target && !talks.target.isEmpty, "\(talks)")
        // Control: talks with no one named after a reception are not made the guest's.
        let other = events("استقبل الرئيس اللبناني جوزيف عون الموفد الفرنسي جان إيف لودريان، وبحث الأوضاع في الجنوب.",
                           published: "2025-11-18").filter { $0.type == "CONSULT" && $0.mode == nil }
        #expect(other.allSatisfy { $0.target != reception.target }, "\(other)")
    }

    @Test func aMeetingWhereATravellerArrivedIsTheTravellers() throws {
        // After حيث, the one who arrived meets whom the verb names: the minister is met, he does not meet.
        let text = "من جهته، وصل المبعوث الأممي إلى اليمن هانس غروندبرغ إلى مسقط، حيث التقى وزير الخارجية العماني بدر البوسعيدي."
        let meeting = try event(text, "CONSULT", published: "2025-12-03")
        #expect(meeting.source == ["hans-grundberg"] && meeting.target == ["badr-albusaidi"] && meeting.location == "muscat", "\(meeting)")
        // A delegation travels for its group.
        let delegation = try event("وصل وفد من حماس برئاسة خليل الحية إلى القاهرة، حيث التقى رئيس المخابرات المصرية حسن رشاد.",
                                   "CONSULT", published: "2025-12-07")
        #expect(delegation.source == ["hamas"] && delegation.target == ["hassan-rashad"], "\(delegation)")
        // Control: with no word of travelling before حيث there is no traveller, and whom the verb names meets.
        let other = try event("تقع المدينة على الساحل حيث التقى بوتين الرئيس السوري.", "CONSULT", published: "2025-12-03")
        #expect(other.source == ["vladimir-putin"], "\(other)")
    }
}

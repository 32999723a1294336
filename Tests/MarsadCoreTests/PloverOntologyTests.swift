import MarsadCore
import Testing

/// PLOVER's types, quad classes, scores, CAMEO codes and contexts (PLOVER_MANUAL.tex,
/// CAMEO2PLOVER-2021.txt).
@Suite struct PloverOntologyTests {
    @Test func sixteenTypesInFourQuadClassesOfFour() {
        #expect(PloverType.allCases.count == 16)
        for quad in QuadClass.allCases {
            #expect(PloverType.allCases.filter { $0.quadClass == quad }.count == (quad == .materialConflict ? 5 : quad == .materialCooperation ? 3 : 4))
        }
        #expect(PloverType.consult.quadClass == .verbalCooperation && PloverType.assault.quadClass == .materialConflict)
        #expect(PloverType.request.quadClass == .verbalConflict && PloverType.aid.quadClass == .materialCooperation)
    }

    @Test func cameoRootsFollowCameo2Plover() {
        let roots: [PloverType: String] = [
            .agree: "03", .consult: "04", .support: "05", .cooperate: "06", .aid: "07", .concede: "08", .retreat: "08",
            .request: "10", .accuse: "11", .reject: "12", .threaten: "13", .protest: "14", .mobilize: "15",
            .sanction: "16", .coerce: "17", .assault: "18",
        ]
        for type in PloverType.allCases { #expect(type.cameoRoot == roots[type], "\(type)") }
        #expect(PloverType.consult.cameo(mode: "phone") == "041")
        #expect(PloverType.consult.cameo(mode: "visit") == "042")
        #expect(PloverType.protest.cameo(mode: "demo") == "141")
        #expect(PloverType.assault.cameo(mode: "abduct") == "181")
        #expect(PloverType.assault.cameo(mode: "primitive") == "18")
        #expect(PloverType.agree.cameo(mode: nil) == "03")
    }

    @Test func scoresFollowTheManualsTable() {
        #expect(PloverType.aid.score == 10 && PloverType.assault.score == -9 && PloverType.request.score == 0)
        #expect(PloverType.consult.score(mode: "visit") == 4)
        #expect(PloverType.protest.score(mode: "riot") == -7)
        #expect(PloverType.assault.score(mode: "unconventional") == -10)
        #expect(PloverType.threaten.score(mode: "unknown") == -3.5)
        for type in PloverType.allCases {
            #expect((-10...10).contains(type.score))
            for mode in type.modes { #expect((-10...10).contains(type.score(mode: mode)), "\(type) \(mode)") }
        }
    }

    @Test func everyModeWithACodeOrScoreIsOneOfItsTypesModes() {
        for type in PloverType.allCases {
            for mode in type.modes { #expect(type.accepts(mode: mode)) }
            #expect(!type.accepts(mode: "teleport"))
        }
        #expect(PloverType.request.modes == PloverType.reject.modes)
        #expect(PloverType.assault.modes.count == 15 && PloverType.protest.modes.count == 6)
    }

    @Test func contextsAreThoseOfTheManual() {
        #expect(PloverContext.allCases.count == 27)
        #expect(PloverContext(rawValue: "human_rights") == .humanRights)
        #expect(PloverContext(rawValue: "diplomatic") == .diplomatic)
    }
}

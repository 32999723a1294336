import MarsadCore

/// Who a phrase names as a speaker or stance holder, before it becomes an entity.
enum Actor: Equatable {
    /// A mention (its index in the document's mentions).
    case mention(Int)
    /// An entity already in the document (a role phrase that refers back to a person).
    case entity(Int)
    /// A role noun naming an actor by sector (مسؤولون أوروبيون), with the mention that gives
    /// its country or region, if any.
    case generic(GenericActorLexicon.Sector, country: Int?, tokens: Range<Int>)
    /// Words that name a speaker no mention covers (يقول السباعي: «…»): a local entity.
    case name(tokens: Range<Int>)
}

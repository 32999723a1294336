import MarsadCore
import MarsadStore

extension PublicationTime {
    /// The day an event took place as far as Marsad knows: its own time when that is a
    /// date, else its document's publication date.
    init?(of event: AnalysisFacts.Event, in origin: EventOrigin) {
        guard let time = event.time.flatMap(PublicationTime.init(iso:)) ?? origin.published.flatMap(PublicationTime.init(iso:)) else {
            return nil
        }
        self = time
    }
}

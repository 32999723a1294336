import Foundation
import MarsadCore

/// Publication dates as feeds write them: RFC 822 in RSS (`Sun, 17 Aug 2025 09:30:00 +0300`),
/// ISO 8601 in Atom.
enum FeedDate {
    /// The publication time of a feed date, in UTC, or nil if it is neither form.
    static func publicationTime(_ text: String) -> PublicationTime? {
        if let iso = PublicationTime(iso: text) { return iso }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        for format in ["EEE, dd MMM yyyy HH:mm:ss Z", "dd MMM yyyy HH:mm:ss Z", "EEE, dd MMM yyyy HH:mm Z", "EEE, dd MMM yyyy HH:mm:ss zzz"] {
            formatter.dateFormat = format
            if let date = formatter.date(from: text.trimmingCharacters(in: .whitespaces)) {
                let iso = ISO8601DateFormatter()
                iso.formatOptions = [.withInternetDateTime]
                return PublicationTime(iso: iso.string(from: date))
            }
        }
        return nil
    }
}

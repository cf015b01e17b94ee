import Foundation
import SignalenkaartCore

extension Language {
    /// The language to start in on this device: the core's one rule for both shells (the
    /// first preferred language the app speaks, Dutch otherwise), applied to
    /// `Locale.preferredLanguages`. The user can change it in the settings.
    public static var preferredOnDevice: Language {
        deviceLanguage(preferredTags: Locale.preferredLanguages)
    }
}

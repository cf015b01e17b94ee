import SignalenkaartCore
import SignalenkaartUI
import UIKit

/// Creates the core once the vault's files can be read, and holds the store.
@MainActor
final class CoreLauncher: ObservableObject {
    enum State {
        /// Protected data is not readable yet (iOS may prewarm the app before the first
        /// unlock of the device; the files use complete protection).
        case waiting
        /// The core runs.
        case running(Store)
        /// The core could not start (no storage, or a broken install).
        case failed
    }

    @Published private(set) var state = State.waiting
    private let effects = PlatformEffects()

    /// The store, once the core runs.
    var store: Store? {
        if case .running(let store) = state { return store }
        return nil
    }

    /// Starts the core if it is not running and the files can be read.
    func startIfPossible() {
        guard case .waiting = state, UIApplication.shared.isProtectedDataAvailable else { return }
        do {
            let directory = try DataDirectory.prepare()
            let keys = KeychainKeyWrapper()
            let config = CoreConfig(dataDir: directory.path, deviceLanguage: .preferredOnDevice)
            let core = try Core(config: config, keys: keys)
            effects.keys = keys
            state = .running(Store(core: core, effects: effects))
        } catch {
            // No details are shown or logged: a core error may name files.
            state = .failed
        }
    }
}

extension Language {
    /// The first of the device's preferred languages the app speaks; Dutch, the card's
    /// own language, when none is. The user can change it in the settings.
    static var preferredOnDevice: Language {
        for identifier in Locale.preferredLanguages {
            switch Locale(identifier: identifier).language.languageCode?.identifier {
            case "nl": return .nl
            case "en": return .en
            default: continue
            }
        }
        return .nl
    }
}

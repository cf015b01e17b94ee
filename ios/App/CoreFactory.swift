import SignalenkaartCore
import SignalenkaartStore

/// Makes the app's core: the data directory with complete file protection, the
/// Keychain / Secure Enclave key, the Face ID / Touch ID key, the device's language.
/// Throws `CoreError` (the launcher shows the core's words for it) or a Foundation error
/// from the directory.
@MainActor
enum CoreFactory {
    static func make() throws -> any CoreDispatching {
        let directory = try DataDirectory.prepare()
        let config = CoreConfig(dataDir: directory.path, deviceLanguage: .preferredOnDevice)
        return try Core(
            config: config,
            keys: KeychainKeyWrapper(),
            biometrics: KeychainBiometrics.shared
        )
    }
}

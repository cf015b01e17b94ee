import Foundation
import LocalAuthentication
import Security
import SignalenkaartCore

/// The biometric key around the vault's data key: a Keychain item that only Face ID or
/// Touch ID releases, for the core's third wrap.
///
/// The item is a generic password holding the secret the core gives `enroll`, with the
/// access control `.biometryCurrentSet` and `WhenPasscodeSetThisDeviceOnly`: never
/// synchronised, never restored onto another device, deleted with the device passcode,
/// and unreadable for good once a face or finger is added or removed (the core then
/// drops its wrap and says why). The handle the core keeps is the item's random account name; the secret never
/// leaves the Keychain except to the core.
///
/// The core calls it on the thread that dispatches the event (the store's worker, never
/// the main thread) and the calls block until the user answers the prompt. A quick exit
/// calls `cancel()` from the main thread: the prompt on screen closes and the call
/// throws `Cancelled`. The rules of when to offer the prompt are the core's.
final class KeychainBiometrics: PlatformBiometrics, @unchecked Sendable {
    /// The app's one biometric key: the core calls it, the quick exit cancels it.
    static let shared = KeychainBiometrics()

    /// The length of the random account name that is the handle.
    private static let handleLength = 16
    /// How long after a quick exit no prompt may start: the event that shows it may be in
    /// the core, past the coercion rule, without having reached `unlock` yet.
    private static let refuseAfterCancel: TimeInterval = 2

    private let service = (Bundle.main.bundleIdentifier ?? "signalenkaart") + ".biometric-key"

    private let lock = NSLock()
    /// The context of the prompt on screen, if any, and whether `cancel()` closed it.
    private var current: LAContext?
    private var cancelled = false
    /// When `cancel()` was last called (system uptime).
    private var lastCancel: TimeInterval?

    private init() {}

    func enroll(secret: Data, prompt: BiometricPrompt) throws -> Data {
        let context = try begin(prompt)
        defer { end(context) }
        // The item can be added without a prompt: evaluating first makes the user confirm
        // the face or finger that will unlock the app, and says at once what is missing.
        try evaluate(context, reason: prompt.subtitle)
        try forget()

        var error: Unmanaged<CFError>?
        guard let access = SecAccessControlCreateWithFlags(
            nil,
            kSecAttrAccessibleWhenPasscodeSetThisDeviceOnly,
            .biometryCurrentSet,
            &error
        ) else {
            throw failed(error)
        }
        var handle = Data(count: Self.handleLength)
        let random = handle.withUnsafeMutableBytes { bytes in
            SecRandomCopyBytes(kSecRandomDefault, Self.handleLength, bytes.baseAddress!)
        }
        guard random == errSecSuccess else { throw BiometricError.Failed(code: random) }

        var attributes = itemQuery(account: handle)
        attributes[kSecAttrAccessControl as String] = access
        attributes[kSecAttrSynchronizable as String] = false
        attributes[kSecValueData as String] = secret
        let status = SecItemAdd(attributes as CFDictionary, nil)
        guard status == errSecSuccess else { throw keychainError(status, in: context) }
        return handle
    }

    func unlock(wrapped: Data, prompt: BiometricPrompt) throws -> Data {
        // Anything but a handle this type made cannot name an item: the key is gone.
        guard wrapped.count == Self.handleLength else { throw BiometricError.KeyInvalidated }
        let context = try begin(prompt)
        defer { end(context) }
        // Say what stands in the way before showing anything (lock-out, no face set up).
        var unusable: NSError?
        guard context.canEvaluatePolicy(.deviceOwnerAuthenticationWithBiometrics, error: &unusable) else {
            throw biometricError(unusable, in: context)
        }

        // The read shows Face ID or Touch ID (with the context's reason and cancel title)
        // and blocks until the user answers.
        var query = itemQuery(account: wrapped)
        query[kSecReturnData as String] = true
        query[kSecMatchLimit as String] = kSecMatchLimitOne
        query[kSecUseAuthenticationContext as String] = context
        var item: CFTypeRef?
        let status = SecItemCopyMatching(query as CFDictionary, &item)
        guard status == errSecSuccess else { throw keychainError(status, in: context) }
        guard let secret = item as? Data else { throw BiometricError.KeyInvalidated }
        return secret
    }

    /// Deletes every item of this key; deleting what is not there is fine.
    func forget() throws {
        let status = SecItemDelete([
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
        ] as CFDictionary)
        guard status == errSecSuccess || status == errSecItemNotFound else {
            throw BiometricError.Failed(code: status)
        }
    }

    /// Closes the prompt on screen, if any (a quick exit): its call throws `Cancelled`.
    /// Called on the main thread while the call waits on the core's thread.
    func cancel() {
        let context = lock.withLock {
            cancelled = current != nil
            lastCancel = ProcessInfo.processInfo.systemUptime
            return current
        }
        context?.invalidate()
    }

    // MARK: The prompt's context

    /// A context for one prompt, worded by the core. iOS has no settable title: Face ID
    /// shows none, Touch ID shows the app's name; the subtitle is the reason.
    private func begin(_ prompt: BiometricPrompt) throws -> LAContext {
        let context = LAContext()
        context.localizedReason = prompt.subtitle
        context.localizedCancelTitle = prompt.usePin
        // No device-passcode fallback: the PIN pad is the fallback, and the passcode
        // would not release a `.biometryCurrentSet` item anyway.
        context.localizedFallbackTitle = ""
        try lock.withLock {
            // A quick exit that came just before the prompt could show: none shows.
            if let lastCancel,
               ProcessInfo.processInfo.systemUptime - lastCancel < Self.refuseAfterCancel {
                throw BiometricError.Cancelled
            }
            current = context
        }
        return context
    }

    private func end(_ context: LAContext) {
        lock.withLock {
            if current === context {
                current = nil
                cancelled = false
            }
        }
        context.invalidate()
    }

    /// Whether `cancel()` closed `context`'s prompt.
    private func wasCancelled(_ context: LAContext) -> Bool {
        lock.withLock { cancelled && current === context }
    }

    /// Shows the biometric prompt and waits for the answer (the callback comes on a
    /// private queue of LocalAuthentication, so waiting here cannot deadlock).
    private func evaluate(_ context: LAContext, reason: String) throws {
        let answer = Answer()
        context.evaluatePolicy(.deviceOwnerAuthenticationWithBiometrics, localizedReason: reason) {
            success, error in
            answer.success = success
            answer.error = error
            answer.given.signal()
        }
        answer.given.wait()
        if !answer.success {
            throw biometricError(answer.error as NSError?, in: context)
        }
    }

    /// The item named by a handle: the account is the handle in hex.
    private func itemQuery(account: Data) -> [String: Any] {
        [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: account.map { String(format: "%02x", $0) }.joined(),
        ]
    }

    // MARK: Errors (never key material)

    /// A Keychain status as the core's error.
    private func keychainError(_ status: OSStatus, in context: LAContext) -> BiometricError {
        if wasCancelled(context) { return .Cancelled }
        switch status {
        case errSecUserCanceled:
            return .Cancelled
        case errSecItemNotFound:
            // Deleted with the device passcode, or never there: the key is gone.
            return .KeyInvalidated
        case errSecAuthFailed:
            // The platform's lock-out also fails the read; otherwise the item is
            // unreadable because the set of faces or fingers changed.
            var unusable: NSError?
            if !context.canEvaluatePolicy(.deviceOwnerAuthenticationWithBiometrics, error: &unusable),
               unusable?.code == LAError.biometryLockout.rawValue {
                return .LockedOut
            }
            return .KeyInvalidated
        default:
            return .Failed(code: status)
        }
    }

    /// A LocalAuthentication error (from evaluating or checking the policy) as the core's.
    private func biometricError(_ error: NSError?, in context: LAContext) -> BiometricError {
        if wasCancelled(context) { return .Cancelled }
        guard let error, error.domain == LAError.errorDomain,
              let code = LAError.Code(rawValue: error.code)
        else {
            return .Failed(code: Int32(truncatingIfNeeded: error?.code ?? 0))
        }
        switch code {
        case .userCancel, .appCancel, .systemCancel, .userFallback:
            return .Cancelled
        case .biometryLockout:
            return .LockedOut
        case .invalidContext:
            return .KeyInvalidated
        case .biometryNotAvailable:
            return .Unavailable(reason: context.biometryType == .none ? .noHardware : .hardwareUnavailable)
        case .biometryNotEnrolled:
            return .Unavailable(reason: .noneEnrolled)
        case .passcodeNotSet:
            return .Unavailable(reason: .noDeviceLock)
        default:
            return .Failed(code: Int32(truncatingIfNeeded: error.code))
        }
    }

    private func failed(_ error: Unmanaged<CFError>?) -> BiometricError {
        guard let error = error?.takeRetainedValue() else { return .Failed(code: 0) }
        return .Failed(code: Int32(truncatingIfNeeded: CFErrorGetCode(error)))
    }
}

/// The answer of one evaluation, handed from LocalAuthentication's queue to the waiting
/// thread; the semaphore orders the write before the read.
private final class Answer: @unchecked Sendable {
    let given = DispatchSemaphore(value: 0)
    var success = false
    var error: Error?
}

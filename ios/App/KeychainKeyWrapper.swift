import CryptoKit
import Foundation
import Security
import SignalenkaartCore

/// The platform key around the vault's PIN-sealed data key.
///
/// With a Secure Enclave: a P-256 key that never leaves it, used with ECIES
/// (`eciesEncryptionCofactorVariableIVX963SHA256AESGCM`). Without one (the simulator):
/// a random 256-bit key in the Keychain, used with AES-GCM. Both are
/// `WhenPasscodeSetThisDeviceOnly`: never in a backup, never on another device, and
/// unusable without a device passcode. So a copy of the vault files is useless off this
/// phone, and the PIN cannot be brute-forced there.
///
/// Every wrapped value starts with a byte naming the scheme that made it, so `unwrap`
/// never guesses. Called by the core on its own thread; Keychain calls are thread-safe.
///
/// It also holds the platform's copy of the vault's wrong-PIN count, in a generic-password
/// Keychain item, `WhenPasscodeSetThisDeviceOnly` as well: outside the vault's files,
/// neither in a backup nor restored to another device. The vault takes the larger of its
/// own count and this one, so putting back an older copy of the vault files does not give
/// back the PINs it cost. Someone who can rewrite this phone's Keychain (a jailbreak) can
/// still reset it.
final class KeychainKeyWrapper: PlatformKeyWrapper {
    private enum Scheme: UInt8 {
        case secureEnclave = 1
        case keychain = 2
    }

    private static var algorithm: SecKeyAlgorithm { .eciesEncryptionCofactorVariableIVX963SHA256AESGCM }
    /// Binds the AES-GCM ciphertexts to their purpose.
    private static let associatedData = Data("signalenkaart platform key v1".utf8)

    private let name = (Bundle.main.bundleIdentifier ?? "signalenkaart") + ".platform-key"

    func wrap(plaintext: Data) throws -> Data {
        if SecureEnclave.isAvailable {
            let key = try enclaveKey() ?? createEnclaveKey()
            let sealed = try encrypt(plaintext, with: key)
            return Data([Scheme.secureEnclave.rawValue]) + sealed
        }
        let key = try keychainKey() ?? createKeychainKey()
        do {
            let box = try AES.GCM.seal(plaintext, using: key, authenticating: Self.associatedData)
            guard let combined = box.combined else { throw failed("AES-GCM without a combined form") }
            return Data([Scheme.keychain.rawValue]) + combined
        } catch let error as KeyWrapperError {
            throw error
        } catch {
            throw failed("AES-GCM seal failed")
        }
    }

    func unwrap(wrapped: Data) throws -> Data {
        guard let first = wrapped.first, let scheme = Scheme(rawValue: first) else {
            throw KeyWrapperError.Rejected
        }
        let body = Data(wrapped.dropFirst())
        switch scheme {
        case .secureEnclave:
            guard let key = try enclaveKey() else { throw KeyWrapperError.KeyMissing }
            return try decrypt(body, with: key)
        case .keychain:
            guard let key = try keychainKey() else { throw KeyWrapperError.KeyMissing }
            do {
                let box = try AES.GCM.SealedBox(combined: body)
                return try AES.GCM.open(box, using: key, authenticating: Self.associatedData)
            } catch {
                throw KeyWrapperError.Rejected
            }
        }
    }

    /// Deletes both kinds of key (crypto-erase) and the attempt count. Deleting what is
    /// not there is fine.
    func destroyKey() throws {
        for query in [enclaveKeyQuery, keychainKeyQuery, attemptCountQuery] {
            let status = SecItemDelete(query as CFDictionary)
            guard status == errSecSuccess || status == errSecItemNotFound else {
                throw failed("SecItemDelete", status)
            }
        }
    }

    // MARK: Secure Enclave

    private var enclaveKeyQuery: [String: Any] {
        [
            kSecClass as String: kSecClassKey,
            kSecAttrKeyType as String: kSecAttrKeyTypeECSECPrimeRandom,
            kSecAttrApplicationTag as String: Data(name.utf8),
        ]
    }

    private func enclaveKey() throws -> SecKey? {
        var query = enclaveKeyQuery
        query[kSecReturnRef as String] = true
        var item: CFTypeRef?
        let status = SecItemCopyMatching(query as CFDictionary, &item)
        switch status {
        case errSecSuccess:
            // A `kSecClassKey` match with `kSecReturnRef` is always a SecKey.
            return (item as! SecKey)  // swiftlint:disable:this force_cast
        case errSecItemNotFound:
            return nil
        default:
            throw failed("SecItemCopyMatching", status)
        }
    }

    private func createEnclaveKey() throws -> SecKey {
        var error: Unmanaged<CFError>?
        guard let access = SecAccessControlCreateWithFlags(
            kCFAllocatorDefault,
            kSecAttrAccessibleWhenPasscodeSetThisDeviceOnly,
            .privateKeyUsage,
            &error
        ) else {
            throw failed("SecAccessControlCreateWithFlags", error)
        }
        let attributes: [String: Any] = [
            kSecAttrKeyType as String: kSecAttrKeyTypeECSECPrimeRandom,
            kSecAttrKeySizeInBits as String: 256,
            kSecAttrTokenID as String: kSecAttrTokenIDSecureEnclave,
            kSecPrivateKeyAttrs as String: [
                kSecAttrIsPermanent as String: true,
                kSecAttrApplicationTag as String: Data(name.utf8),
                kSecAttrAccessControl as String: access,
            ] as [String: Any],
        ]
        guard let key = SecKeyCreateRandomKey(attributes as CFDictionary, &error) else {
            throw failed("SecKeyCreateRandomKey", error)
        }
        return key
    }

    private func encrypt(_ plaintext: Data, with privateKey: SecKey) throws -> Data {
        guard let publicKey = SecKeyCopyPublicKey(privateKey),
              SecKeyIsAlgorithmSupported(publicKey, .encrypt, Self.algorithm)
        else {
            throw failed("ECIES is not supported by this key")
        }
        var error: Unmanaged<CFError>?
        guard let sealed = SecKeyCreateEncryptedData(
            publicKey, Self.algorithm, plaintext as CFData, &error
        ) else {
            throw failed("SecKeyCreateEncryptedData", error)
        }
        return sealed as Data
    }

    private func decrypt(_ sealed: Data, with privateKey: SecKey) throws -> Data {
        var error: Unmanaged<CFError>?
        guard let plaintext = SecKeyCreateDecryptedData(
            privateKey, Self.algorithm, sealed as CFData, &error
        ) else {
            let cfError = error?.takeRetainedValue()
            if let cfError, CFErrorGetCode(cfError) == Int(errSecInteractionNotAllowed) {
                // The device is locked: the key exists but may not be used now.
                throw failed("the device is locked", errSecInteractionNotAllowed)
            }
            throw KeyWrapperError.Rejected
        }
        return plaintext as Data
    }

    // MARK: Keychain

    private var keychainKeyQuery: [String: Any] {
        [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: name,
            kSecAttrAccount as String: "aes-gcm-256",
        ]
    }

    private func keychainKey() throws -> SymmetricKey? {
        var query = keychainKeyQuery
        query[kSecReturnData as String] = true
        query[kSecMatchLimit as String] = kSecMatchLimitOne
        var item: CFTypeRef?
        let status = SecItemCopyMatching(query as CFDictionary, &item)
        switch status {
        case errSecSuccess:
            guard let data = item as? Data, data.count == 32 else {
                throw failed("the Keychain key has the wrong size")
            }
            return SymmetricKey(data: data)
        case errSecItemNotFound:
            return nil
        default:
            throw failed("SecItemCopyMatching", status)
        }
    }

    private func createKeychainKey() throws -> SymmetricKey {
        let key = SymmetricKey(size: .bits256)
        var attributes = keychainKeyQuery
        attributes[kSecAttrAccessible as String] = kSecAttrAccessibleWhenPasscodeSetThisDeviceOnly
        attributes[kSecAttrSynchronizable as String] = false
        attributes[kSecValueData as String] = key.withUnsafeBytes { Data($0) }
        let status = SecItemAdd(attributes as CFDictionary, nil)
        guard status == errSecSuccess else {
            // errSecNotAvailable / errSecAuthFailed here mostly mean: no device passcode.
            throw failed("SecItemAdd", status)
        }
        return key
    }

    // MARK: Attempt count

    private var attemptCountQuery: [String: Any] {
        [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: name,
            kSecAttrAccount as String: "attempt-count",
        ]
    }

    /// The stored count of wrong PINs, or `nil` if none is stored.
    func loadAttemptCount() throws -> UInt32? {
        var query = attemptCountQuery
        query[kSecReturnData as String] = true
        query[kSecMatchLimit as String] = kSecMatchLimitOne
        var item: CFTypeRef?
        let status = SecItemCopyMatching(query as CFDictionary, &item)
        switch status {
        case errSecSuccess:
            // Only this type writes the item: anything but a number was altered, a
            // failure the core says to the user (its own count then stands), not 0.
            guard let data = item as? Data,
                  let text = String(data: data, encoding: .utf8),
                  let count = UInt32(text)
            else {
                throw failed("the attempt count is damaged")
            }
            return count
        case errSecItemNotFound:
            return nil
        default:
            throw failed("SecItemCopyMatching", status)
        }
    }

    /// Replaces the stored count of wrong PINs, adding the item the first time.
    func storeAttemptCount(count: UInt32) throws {
        let data = Data(String(count).utf8)
        let changes: [String: Any] = [kSecValueData as String: data]
        var status = SecItemUpdate(attemptCountQuery as CFDictionary, changes as CFDictionary)
        if status == errSecItemNotFound {
            var attributes = attemptCountQuery
            attributes[kSecAttrAccessible as String] = kSecAttrAccessibleWhenPasscodeSetThisDeviceOnly
            attributes[kSecAttrSynchronizable as String] = false
            attributes[kSecValueData as String] = data
            status = SecItemAdd(attributes as CFDictionary, nil)
        }
        guard status == errSecSuccess else {
            throw failed("storing the attempt count", status)
        }
    }

    // MARK: Errors (never key material)

    private func failed(_ what: String, _ status: OSStatus) -> KeyWrapperError {
        KeyWrapperError.Failed(reason: "\(what): OSStatus \(status)")
    }

    private func failed(_ what: String, _ error: Unmanaged<CFError>?) -> KeyWrapperError {
        guard let error = error?.takeRetainedValue() else { return failed(what) }
        return KeyWrapperError.Failed(
            reason: "\(what): \(CFErrorGetDomain(error) as String) \(CFErrorGetCode(error))"
        )
    }

    private func failed(_ what: String) -> KeyWrapperError {
        KeyWrapperError.Failed(reason: what)
    }
}

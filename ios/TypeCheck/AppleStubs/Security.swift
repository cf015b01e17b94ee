// Declarations only: the part of Security the app uses, with Apple's signatures (iOS 18
// SDK, Swift 6), so `App/` type-checks on Linux. No behaviour: every body traps. Not
// Apple's code. See ios/README.md,
// "The type-check of the Apple-only code".
@_exported import Foundation

// MARK: CoreFoundation (on Apple its own module, re-exported by Foundation and Security)
//
// Linux's Foundation does not export CoreFoundation. Its toll-free bridging is stood in
// for by the Foundation classes, which bridge with `as` on Linux too: `[String: Any] as
// CFDictionary`, `Data as CFData`, `CFString as String`.

public typealias CFTypeRef = AnyObject
public typealias CFDictionary = NSDictionary
public typealias CFData = NSData
public typealias CFString = NSString
public typealias CFError = NSError
public typealias CFErrorDomain = CFString
public typealias CFIndex = Int
public final class CFAllocator {}
public var kCFAllocatorDefault: CFAllocator! { fatalError() }
public func CFErrorGetCode(_ err: CFError!) -> CFIndex { fatalError() }
public func CFErrorGetDomain(_ err: CFError!) -> CFErrorDomain! { fatalError() }

// MARK: Security

public typealias OSStatus = Int32

public var errSecSuccess: OSStatus { fatalError() }
public var errSecItemNotFound: OSStatus { fatalError() }
public var errSecDuplicateItem: OSStatus { fatalError() }
public var errSecUserCanceled: OSStatus { fatalError() }
public var errSecAuthFailed: OSStatus { fatalError() }
public var errSecInteractionNotAllowed: OSStatus { fatalError() }
public var errSecNotAvailable: OSStatus { fatalError() }

public final class SecKey {}
public final class SecAccessControl {}
public final class SecRandom {}
public typealias SecRandomRef = SecRandom

public var kSecRandomDefault: SecRandomRef? { fatalError() }
public func SecRandomCopyBytes(_ rnd: SecRandomRef?, _ count: Int, _ bytes: UnsafeMutableRawPointer) -> Int32 {
    fatalError()
}

public struct SecAccessControlCreateFlags: OptionSet, Sendable {
    public let rawValue: UInt
    public init(rawValue: UInt) { fatalError() }
    public static var userPresence: SecAccessControlCreateFlags { fatalError() }
    public static var biometryAny: SecAccessControlCreateFlags { fatalError() }
    public static var biometryCurrentSet: SecAccessControlCreateFlags { fatalError() }
    public static var devicePasscode: SecAccessControlCreateFlags { fatalError() }
    public static var privateKeyUsage: SecAccessControlCreateFlags { fatalError() }
}

public func SecAccessControlCreateWithFlags(
    _ allocator: CFAllocator?,
    _ protection: CFTypeRef,
    _ flags: SecAccessControlCreateFlags,
    _ error: UnsafeMutablePointer<Unmanaged<CFError>?>?
) -> SecAccessControl? { fatalError() }

public func SecItemAdd(_ attributes: CFDictionary, _ result: UnsafeMutablePointer<CFTypeRef?>?) -> OSStatus {
    fatalError()
}
public func SecItemCopyMatching(_ query: CFDictionary, _ result: UnsafeMutablePointer<CFTypeRef?>?) -> OSStatus {
    fatalError()
}
public func SecItemUpdate(_ query: CFDictionary, _ attributesToUpdate: CFDictionary) -> OSStatus { fatalError() }
public func SecItemDelete(_ query: CFDictionary) -> OSStatus { fatalError() }

public enum SecKeyOperationType: Int, Sendable {
    case sign, verify, encrypt, decrypt, keyExchange
}

public struct SecKeyAlgorithm: RawRepresentable, Hashable, @unchecked Sendable {
    public let rawValue: CFString
    public init(rawValue: CFString) { fatalError() }
    public static var eciesEncryptionCofactorVariableIVX963SHA256AESGCM: SecKeyAlgorithm { fatalError() }
    public static var eciesEncryptionStandardVariableIVX963SHA256AESGCM: SecKeyAlgorithm { fatalError() }
}

public func SecKeyCreateRandomKey(
    _ parameters: CFDictionary,
    _ error: UnsafeMutablePointer<Unmanaged<CFError>?>?
) -> SecKey? { fatalError() }
public func SecKeyCopyPublicKey(_ key: SecKey) -> SecKey? { fatalError() }
public func SecKeyIsAlgorithmSupported(
    _ key: SecKey, _ operation: SecKeyOperationType, _ algorithm: SecKeyAlgorithm
) -> Bool { fatalError() }
public func SecKeyCreateEncryptedData(
    _ key: SecKey, _ algorithm: SecKeyAlgorithm, _ plaintext: CFData,
    _ error: UnsafeMutablePointer<Unmanaged<CFError>?>?
) -> CFData? { fatalError() }
public func SecKeyCreateDecryptedData(
    _ key: SecKey, _ algorithm: SecKeyAlgorithm, _ ciphertext: CFData,
    _ error: UnsafeMutablePointer<Unmanaged<CFError>?>?
) -> CFData? { fatalError() }

// Keychain item attributes and values (CFString constants on Apple).
public var kSecClass: CFString { fatalError() }
public var kSecClassGenericPassword: CFString { fatalError() }
public var kSecClassKey: CFString { fatalError() }
public var kSecAttrService: CFString { fatalError() }
public var kSecAttrAccount: CFString { fatalError() }
public var kSecAttrAccessible: CFString { fatalError() }
public var kSecAttrAccessibleWhenPasscodeSetThisDeviceOnly: CFString { fatalError() }
public var kSecAttrAccessibleWhenUnlockedThisDeviceOnly: CFString { fatalError() }
public var kSecAttrAccessControl: CFString { fatalError() }
public var kSecAttrSynchronizable: CFString { fatalError() }
public var kSecAttrApplicationTag: CFString { fatalError() }
public var kSecAttrKeyType: CFString { fatalError() }
public var kSecAttrKeyTypeECSECPrimeRandom: CFString { fatalError() }
public var kSecAttrKeySizeInBits: CFString { fatalError() }
public var kSecAttrTokenID: CFString { fatalError() }
public var kSecAttrTokenIDSecureEnclave: CFString { fatalError() }
public var kSecAttrIsPermanent: CFString { fatalError() }
public var kSecPrivateKeyAttrs: CFString { fatalError() }
public var kSecValueData: CFString { fatalError() }
public var kSecReturnData: CFString { fatalError() }
public var kSecReturnRef: CFString { fatalError() }
public var kSecMatchLimit: CFString { fatalError() }
public var kSecMatchLimitOne: CFString { fatalError() }
public var kSecUseAuthenticationContext: CFString { fatalError() }

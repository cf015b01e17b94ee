// Declarations only: the part of CryptoKit the app uses, with Apple's signatures (iOS 18
// SDK, Swift 6), so `App/` type-checks on Linux. No behaviour: every body traps. Not
// Apple's code. See ios/README.md,
// "The type-check of the Apple-only code".
@_exported import Foundation

public enum SecureEnclave {
    public static var isAvailable: Bool { fatalError() }
}

public struct SymmetricKeySize: Sendable {
    public let bitCount: Int
    public init(bitCount: Int) { fatalError() }
    public static var bits128: SymmetricKeySize { fatalError() }
    public static var bits192: SymmetricKeySize { fatalError() }
    public static var bits256: SymmetricKeySize { fatalError() }
}

public struct SymmetricKey: ContiguousBytes, Sendable {
    public init<D: ContiguousBytes>(data: D) { fatalError() }
    public init(size: SymmetricKeySize) { fatalError() }
    public var bitCount: Int { fatalError() }
    public func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R { fatalError() }
}

public enum AES {
    public enum GCM {
        public struct Nonce: Sendable {
            public init() { fatalError() }
        }

        public struct SealedBox: Sendable {
            public init<D: DataProtocol>(combined data: D) throws { fatalError() }
            public var combined: Data? { fatalError() }
            public var ciphertext: Data { fatalError() }
            public var tag: Data { fatalError() }
            public var nonce: AES.GCM.Nonce { fatalError() }
        }

        public static func seal<Plaintext: DataProtocol, AuthenticatedData: DataProtocol>(
            _ message: Plaintext,
            using key: SymmetricKey,
            nonce: AES.GCM.Nonce? = nil,
            authenticating authenticatedData: AuthenticatedData
        ) throws -> AES.GCM.SealedBox { fatalError() }

        public static func seal<Plaintext: DataProtocol>(
            _ message: Plaintext,
            using key: SymmetricKey,
            nonce: AES.GCM.Nonce? = nil
        ) throws -> AES.GCM.SealedBox { fatalError() }

        public static func open<AuthenticatedData: DataProtocol>(
            _ sealedBox: AES.GCM.SealedBox,
            using key: SymmetricKey,
            authenticating authenticatedData: AuthenticatedData
        ) throws -> Data { fatalError() }

        public static func open(_ sealedBox: AES.GCM.SealedBox, using key: SymmetricKey) throws -> Data {
            fatalError()
        }
    }
}

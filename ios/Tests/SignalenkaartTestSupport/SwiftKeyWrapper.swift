import Foundation
import SignalenkaartCore

/// The platform key in Swift, standing in for the Keychain: a random key per instance
/// (a second instance is another phone). Not encryption worth the name, XOR with the
/// key and the key's id in front; what it tests is the trait crossing the FFI both ways
/// and the core's handling of each answer. The attempt count lives here, apart from the
/// vault's files, as in the Keychain.
public final class SwiftKeyWrapper: PlatformKeyWrapper, @unchecked Sendable {
    private let lock = NSLock()
    private var key: [UInt8]? = nil
    private let id = (0..<8).map { _ in UInt8.random(in: 0...255) }
    private var count: UInt32?
    private var destroyed = 0

    public init() {}

    /// How often the core destroyed the key.
    public var destroyCalls: Int { lock.withLock { destroyed } }

    public func wrap(plaintext: Data) throws -> Data {
        lock.withLock {
            let key = self.key ?? (0..<32).map { _ in UInt8.random(in: 0...255) }
            self.key = key
            return Data(id + plaintext.enumerated().map { $0.element ^ key[$0.offset % 32] })
        }
    }

    public func unwrap(wrapped: Data) throws -> Data {
        try lock.withLock {
            guard let key else { throw KeyWrapperError.KeyMissing }
            guard wrapped.count > 8, Array(wrapped.prefix(8)) == id else {
                throw KeyWrapperError.Rejected
            }
            return Data(wrapped.dropFirst(8).enumerated().map { $0.element ^ key[$0.offset % 32] })
        }
    }

    public func destroyKey() throws {
        lock.withLock {
            key = nil
            count = nil
            destroyed += 1
        }
    }

    public func loadAttemptCount() throws -> UInt32? { lock.withLock { count } }

    public func storeAttemptCount(count: UInt32) throws { lock.withLock { self.count = count } }
}

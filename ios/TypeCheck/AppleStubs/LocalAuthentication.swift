// Declarations only: the part of LocalAuthentication the app uses, with Apple's
// signatures (iOS 18 SDK, Swift 6), so `App/` type-checks on Linux. No behaviour: every
// body traps. Not Apple's code. See ios/README.md,
// "The type-check of the Apple-only code".
@_exported import Foundation

// On Apple from Foundation, an `AutoreleasingUnsafeMutablePointer`, which Linux lacks;
// `&error` passes either.
public typealias NSErrorPointer = UnsafeMutablePointer<NSError?>?

public enum LAPolicy: Int, Sendable {
    case deviceOwnerAuthenticationWithBiometrics = 1
    case deviceOwnerAuthentication = 2
}

public enum LABiometryType: Int, Sendable {
    case none = 0
    case touchID = 1
    case faceID = 2
    case opticID = 4
}

open class LAContext: NSObject {
    public override init() { fatalError() }
    open var localizedReason: String {
        get { fatalError() }
        set { fatalError() }
    }
    open var localizedCancelTitle: String? {
        get { fatalError() }
        set { fatalError() }
    }
    open var localizedFallbackTitle: String? {
        get { fatalError() }
        set { fatalError() }
    }
    open var biometryType: LABiometryType { fatalError() }
    open func canEvaluatePolicy(_ policy: LAPolicy, error: NSErrorPointer) -> Bool { fatalError() }
    open func evaluatePolicy(
        _ policy: LAPolicy,
        localizedReason: String,
        reply: @escaping @Sendable (Bool, (any Error)?) -> Void
    ) { fatalError() }
    open func invalidate() { fatalError() }
}

public struct LAError: Error, Hashable, Sendable {
    public enum Code: Int, Sendable {
        case authenticationFailed = -1
        case userCancel = -2
        case userFallback = -3
        case systemCancel = -4
        case passcodeNotSet = -5
        case biometryNotAvailable = -6
        case biometryNotEnrolled = -7
        case biometryLockout = -8
        case appCancel = -9
        case invalidContext = -10
        case notInteractive = -1004
        case biometryNotPaired = -11
        case biometryDisconnected = -12
        case invalidDimensions = -14
    }

    public init(_ code: Code, userInfo: [String: Any] = [:]) { fatalError() }
    public var code: Code { fatalError() }
    public static var errorDomain: String { fatalError() }

    public static var authenticationFailed: Code { fatalError() }
    public static var userCancel: Code { fatalError() }
    public static var userFallback: Code { fatalError() }
    public static var systemCancel: Code { fatalError() }
    public static var passcodeNotSet: Code { fatalError() }
    public static var biometryNotAvailable: Code { fatalError() }
    public static var biometryNotEnrolled: Code { fatalError() }
    public static var biometryLockout: Code { fatalError() }
    public static var appCancel: Code { fatalError() }
    public static var invalidContext: Code { fatalError() }
    public static var notInteractive: Code { fatalError() }
}

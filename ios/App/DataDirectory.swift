import Foundation

/// The directory the core keeps its files in (the vault below it).
///
/// Complete file protection: the files are encrypted with a key that exists only while
/// the device is unlocked. The entitlement `com.apple.developer.default-data-protection`
/// makes that the default for every file the app creates; setting it here as well
/// covers files created before the entitlement, and SQLite's side files inherit it from
/// the directory. Excluded from backups: the data key's platform wrap is
/// `ThisDeviceOnly`, so a backup could never be opened anyway.
enum DataDirectory {
    static func prepare() throws -> URL {
        let fileManager = FileManager.default
        let support = try fileManager.url(
            for: .applicationSupportDirectory,
            in: .userDomainMask,
            appropriateFor: nil,
            create: true
        )
        var directory = support.appendingPathComponent("Signalenkaart", isDirectory: true)
        let complete: [FileAttributeKey: Any] = [.protectionKey: FileProtectionType.complete]
        try fileManager.createDirectory(
            at: directory,
            withIntermediateDirectories: true,
            attributes: complete
        )
        try fileManager.setAttributes(complete, ofItemAtPath: directory.path)
        if let files = fileManager.enumerator(at: directory, includingPropertiesForKeys: nil) {
            for case let file as URL in files {
                try fileManager.setAttributes(complete, ofItemAtPath: file.path)
            }
        }
        var values = URLResourceValues()
        values.isExcludedFromBackup = true
        try directory.setResourceValues(values)
        return directory
    }
}

import Foundation

/// Country names and their demonyms, from the bundled `countries/countries.tsv` (countryinfo
/// 1.0.1, MIT; see `Resources/countries/NOTICE.txt`).
///
/// Used to let an actor whose alias is a country name also match the country's demonym:
/// "Russian jets" mentions `Russia`. Only the `name` and `demonym` columns are used.
public struct Countries: Sendable {
    /// Folded country name → its demonyms as written ("Russian"), first-listed first.
    private let demonymsByName: [String: [String]]

    /// Parses the TSV text (header `name	alpha2	alpha3	capital	demonym	…`). Rows without a
    /// demonym are skipped; a demonym cell may list several, separated by commas.
    public init(tsv: String) throws(CountriesError) {
        var lines = tsv.split(separator: "\n", omittingEmptySubsequences: false).makeIterator()
        guard let header = lines.next() else { throw CountriesError(line: 1, message: "the file is empty") }
        let columns = header.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let nameColumn = columns.firstIndex(of: "name"), let demonymColumn = columns.firstIndex(of: "demonym") else {
            throw CountriesError(line: 1, message: "the header needs 'name' and 'demonym' columns")
        }
        var table: [String: [String]] = [:]
        var lineNumber = 1
        while let line = lines.next() {
            lineNumber += 1
            if line.allSatisfy({ $0 == " " || $0 == "\r" }) { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count > max(nameColumn, demonymColumn) else {
                throw CountriesError(line: lineNumber, message: "expected \(columns.count) tab-separated fields, found \(fields.count)")
            }
            let name = fields[nameColumn].trimmingCharacters(in: .whitespaces)
            let demonyms = fields[demonymColumn].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard !name.isEmpty, !demonyms.isEmpty else { continue }
            let key = Self.fold(name)
            var known = table[key] ?? []
            for demonym in demonyms where !known.contains(demonym) { known.append(demonym) }
            table[key] = known
        }
        demonymsByName = table
    }

    /// No countries: aliases get no demonyms.
    public static let none = Countries(table: [:])

    private init(table: [String: [String]]) {
        demonymsByName = table
    }

    /// The bundled list, read once. A missing or damaged resource is a broken installation.
    public static func bundled() throws(CountriesError) -> Countries {
        try cached.get()
    }

    private static let cached: Result<Countries, CountriesError> = {
        guard let url = Bundle.module.url(forResource: "countries", withExtension: nil)?.appendingPathComponent("countries.tsv"),
              let text = try? String(contentsOf: url, encoding: .utf8)
        else {
            return .failure(CountriesError(line: 0, message: "the bundled countries.tsv is missing; reinstall Slant"))
        }
        do throws(CountriesError) {
            return .success(try Countries(tsv: text))
        } catch {
            return .failure(error)
        }
    }()

    /// Number of countries with at least one demonym.
    public var count: Int { demonymsByName.count }

    /// The demonyms of the country called `name` (any case), with plurals: "Russian",
    /// "Russians". Empty when `name` is not a country.
    public func demonyms(of name: String) -> [String] {
        guard let singulars = demonymsByName[Self.fold(name)] else { return [] }
        var forms: [String] = []
        for singular in singulars {
            forms.append(singular)
            // Plurals that simply add -s: Russians, Americans, Iraqis. (Not French, British, Turkish.)
            if singular.hasSuffix("an") || singular.hasSuffix("i") { forms.append(singular + "s") }
        }
        return forms
    }

    static func fold(_ text: String) -> String {
        String(decoding: text.utf8.map(PieceKey.fold), as: UTF8.self)
    }
}

/// The countries file could not be read.
public struct CountriesError: Error, Sendable, Hashable, CustomStringConvertible {
    /// 1-based line of `countries.tsv`, or 0 when the file itself is missing.
    public var line: Int
    public var message: String

    public var description: String {
        line > 0 ? "countries.tsv:\(line): \(message)" : message
    }
}

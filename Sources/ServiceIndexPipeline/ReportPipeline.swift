import ServiceIndexCore
import ServiceIndexIngest
import ServiceIndexReport
import ServiceIndexWorkbook

/// The report, top to bottom: inputs → ingest → period report → outputs.
///
/// This is the file to open first. Each step names the type that does the work; the rules
/// behind them are in `docs/methodology.md`, the modules in `docs/architecture.md`. The command
/// line (`service-index report`) builds a `ReportRequest` and calls `run`; it prints, this does not.
///
/// ```swift
/// let outcome = try ReportPipeline.run(request)
/// outcome.report.focus.rank   // e.g. 8
/// ```
public enum ReportPipeline {
    /// Runs one report and writes its directory atomically.
    ///
    /// - Parameters:
    ///   - request: the inputs and every setting that changes the result.
    ///   - observer: told of progress and of the ingest's result before the report is made.
    /// - Returns: the computed report and where it was written.
    /// - Throws: `PipelineError`: a bad side file or export, too many rejects, nothing to rank,
    ///   or an output that could not be written. Nothing is written then.
    public static func run(
        _ request: ReportRequest, observer: ReportObserver = ReportObserver()
    ) throws(PipelineError) -> ReportOutcome {
        let started = ContinuousClock.now

        // 0. The request: an as-of must fall after the start of the period it ends.
        if let stated = request.statedPeriod, let asOf = request.asOf,
            let problem = ReportRequest.asOfProblem(period: stated, asOf: asOf)
        {
            throw .usage(problem)
        }

        // 1. Side inputs: the methodology (built-in qd766 unless a file is given) and the scores
        //    the portal published: indicators only it knows, and provinces the exports do not cover.
        let methodology: Methodology
        let published: PublishedFile
        do throws(IngestError) {
            methodology = try request.methodologyPath.map(MethodologyFile.load(path:)) ?? .qd766
            published =
                try request.publishedPath.map { path throws(IngestError) in
                    try PublishedScoresFile.load(path: path, methodology: methodology)
                } ?? PublishedFile()
        } catch { throw .ingest(error) }

        // 2. Ingest: every export in one streaming pass → validated, deduplicated dossiers
        //    counted into one aggregate, with every rejected row kept.
        //    Every dossier is counted in every period of the requested kind it belongs to, the
        //    reported period cut at as-of: the trend comes from this same pass.
        var ingestOptions = request.ingest
        ingestOptions.grid = request.grid
        let ingest: IngestResult
        do throws(IngestError) {
            ingest = try Ingest.run(paths: request.inputs, options: ingestOptions, progress: observer.progress)
        } catch { throw .ingest(error) }
        let ingestDone = ContinuousClock.now
        observer.ingested(ingest)

        // 3. The reject policy: too many bad rows fail the run before anything is computed.
        if let failure = request.rejectPolicy.failure(ingest) { throw .data(failure) }

        // 4. The period: the one asked for, else the quarter before as-of, else the quarter of
        //    the latest received dossier.
        guard let period = request.statedPeriod ?? ingest.aggregate.latestPeriod else {
            throw .data("no accepted dossier: nothing to report on")
        }
        let outDirectory =
            request.outDirectory ?? ReportPipeline.defaultOutDirectory(period: period, asOf: request.asOf)

        // 5. History: the previous period's ranking, for the rank change.
        let previousPath =
            request.previousPath ?? ReportHistory.previousRankings(beside: outDirectory, period: period)
        var previousRanks: [ProvinceCode: Int] = [:]
        if let previousPath {
            do throws(IngestError) { previousRanks = try PreviousRanksFile.load(path: previousPath) } catch {
                throw .ingest(error)
            }
        }

        // 6. The period report: metrics → index points → national ranking on one basis → gap
        //    analysis. Earlier periods of the same kind are scored from the same aggregate: the trend.
        var report: PeriodReport
        do throws(MixedBasis) {
            report = try PeriodReport(
                aggregate: ingest.aggregate, period: period, methodology: methodology, published: published,
                previousRanks: previousRanks, focus: request.focus, targetRank: request.targetRank)
        } catch { throw .data("\(period): \(error)") }
        guard !report.ranking.isEmpty else {
            throw .data("nothing to rank for \(period): no dossier in scope and no published score (--published)")
        }
        if request.asOf == nil, let latest = ingest.aggregate.latestTimestamp,
            latest.seconds < period.end.seconds - 86_400
        {
            report.runningSince = latest
        }

        // 7. Outputs: every file rendered in memory, then the directory swapped in at once.
        let manifest = RunManifest(
            version: request.version, generatedAt: request.generatedAt, period: period,
            periodSource: request.period != nil ? "argument" : request.asOf != nil ? "as-of" : "latest received_at",
            asOf: report.asOf, requestedAsOf: request.asOf, focus: request.focus.code,
            targetRank: request.targetRank, methodology: methodology, ingest: ingest, ranked: report.ranking.count,
            published: request.publishedPath, previousRanks: previousPath, settings: request.settings,
            timings: [
                ("ingest_seconds", seconds(ingestDone - started)),
                ("report_seconds", seconds(ContinuousClock.now - ingestDone)),
            ])
        let tables = ReportFiles.tables(report: report, ingest: ingest)
        var files = ReportFiles.render(
            tables: tables, report: report, ingest: ingest, manifest: manifest, byteOrderMark: request.byteOrderMark,
            dialect: request.csvDialect, language: request.language)
        do throws(XLSXError) {
            files.append(
                ("report.xlsx", try ReportWorkbook.render(report: report, tables: tables, language: request.language)))
        } catch {
            throw .output(OutputError(.io, path: outDirectory + "/report.xlsx", error.description))
        }
        do throws(OutputError) { try ReportDirectory.write(files, to: outDirectory) } catch { throw .output(error) }
        return ReportOutcome(report: report, ingest: ingest, directory: outDirectory)
    }

    /// `reports/<period>/`, or with as-of `reports/<period>-to-<yyyy-mm-dd>/` (the local date of
    /// as-of).
    public static func defaultOutDirectory(period: Period, asOf: Instant?) -> String {
        guard let asOf else { return "reports/\(period)" }
        return "reports/\(period)-to-\(CivilDate(localSeconds: asOf.localSeconds))"
    }

    /// A duration in seconds.
    public static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

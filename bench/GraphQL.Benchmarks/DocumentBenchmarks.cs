using BenchmarkDotNet.Attributes;
using CustomerComms.GraphQL.Execution;
using CustomerComms.GraphQL.Language;
using CustomerComms.GraphQL.Types;
using CustomerComms.GraphQL.Validation;

namespace CustomerComms.GraphQL.Benchmarks;

/// <summary>
/// Each stage of a request on its own and the whole request, for the four documents of the documents folder.
/// <list type="bullet">
/// <item><see cref="Parse" />: text to syntax tree.</item>
/// <item><see cref="Validate" />: every specified rule over a parsed document.</item>
/// <item><see cref="Execute" />: operation choice, variable coercion and execution of a parsed, validated document.</item>
/// <item><see cref="AllCold" />: the request through <see cref="RequestExecutor" /> with the document cache off
/// (parse, validate, execute), and the result written as JSON.</item>
/// <item><see cref="AllWarm" />: the same with the document cache on, so the parsed and validated document is found
/// by hash of the text.</item>
/// </list>
/// </summary>
[MemoryDiagnoser]
public class DocumentBenchmarks
{
    private static readonly Schema Schema = BenchmarkData.BuildSchema();
    private static readonly IReadOnlyDictionary<string, object?> NoVariables = new Dictionary<string, object?>();
    private static readonly IServiceProvider NoServices = new EmptyServiceProvider();

    private readonly RequestExecutor _cold = new(Schema, new ExecutionOptions { DocumentCacheSize = 0 });
    private readonly RequestExecutor _warm = new(Schema);
    private string _text = "";
    private DocumentNode _document = null!;

    /// <summary>The document's file name without extension.</summary>
    [Params("a-typename", "b-three-fields", "c-fragments-list", "d-introspection")]
    public string Document { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkData.ReadDocument(Document + ".graphql");
        _document = Parser.Parse(_text);
        var result = _warm.ExecuteAsync(_text).GetAwaiter().GetResult();
        if (DocumentValidator.Validate(Schema, _document).Count > 0 || result.Errors.Count > 0 || result.Data is null)
        {
            throw new InvalidOperationException(Document + " does not run cleanly: " + ExecutionResultWriter.ToJson(result));
        }
    }

    [Benchmark]
    public DocumentNode Parse() => Parser.Parse(_text);

    [Benchmark]
    public IReadOnlyList<ValidationError> Validate() => DocumentValidator.Validate(Schema, _document);

    [Benchmark]
    public Task<ExecutionResult> Execute()
    {
        var (operation, variables, _) = CoerceVariablesStage.Run(Schema, _document, null, NoVariables, ExecutionOptions.Default);
        return ExecuteStage.RunAsync(Schema, _document, operation!, variables, NoServices, ExecutionOptions.Default, CancellationToken.None);
    }

    [Benchmark]
    public async Task<string> AllCold() => ExecutionResultWriter.ToJson(await _cold.ExecuteAsync(_text).ConfigureAwait(false));

    [Benchmark]
    public async Task<string> AllWarm() => ExecutionResultWriter.ToJson(await _warm.ExecuteAsync(_text).ConfigureAwait(false));

    private sealed class EmptyServiceProvider : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}

using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace CustomerComms.GraphQL.Language;

/// <summary>
/// Parses GraphQL documents (executable and type system) into the immutable syntax tree, following the grammar of
/// the GraphQL specification (September 2025). Each grammar section lives in its own file of this partial class.
/// </summary>
/// <remarks>
/// Every method throws <see cref="GraphQLSyntaxException" /> for malformed input, with graphql-js's message and the
/// line and column of the offending token, and when the document exceeds <see cref="ParserOptions.MaxTokens" /> or
/// <see cref="ParserOptions.MaxDepth" />.
/// </remarks>
public sealed partial class Parser
{
    // The parser of the thread's last parse, with its lexer and item buffer: a parse of a small document costs
    // about as much in allocations as in parsing, so the parser is reused rather than allocated per document.
    [ThreadStatic]
    private static Parser? _spare;

    private readonly Lexer _lexer = new(string.Empty);
    // The options, read on every token or node, copied out of the options object once per parse.
    private bool _noLocation;
    private int _maxTokens;
    private int _maxDepth;
    private int _tokenCount;
    private int _depth;

    /// <summary>
    /// The items of the lists being parsed, innermost list last: a list's items are gathered here and copied once
    /// into an array of the right size, instead of growing a <see cref="List{T}" /> per list.
    /// </summary>
    private Node[] _items = new Node[64];
    private int _itemCount;
    private int _itemsUsed;

    private Parser()
    {
    }

    /// <summary>The thread's spare parser, or a new one, set to the start of <paramref name="source" />.</summary>
    private static Parser Rent(string source, ParserOptions? options)
    {
        ArgumentNullException.ThrowIfNull(source);
        var parser = _spare ?? new Parser();
        _spare = null;
        parser._lexer.Reset(source);
        options ??= ParserOptions.Default;
        parser._noLocation = options.NoLocation;
        parser._maxTokens = options.MaxTokens;
        parser._maxDepth = options.MaxDepth;
        parser._tokenCount = 0;
        parser._depth = 0;
        parser._itemCount = 0;
        parser._itemsUsed = 0;
        return parser;
    }

    /// <summary>Keeps the parser for the thread's next parse, without the source and the nodes of this one.</summary>
    private void Return()
    {
        // A syntax error leaves the items of unfinished lists above the high-water mark of the finished ones.
        Array.Clear(_items, 0, Math.Max(_itemsUsed, _itemCount));
        _lexer.Reset(string.Empty);
        _spare = this;
    }

    /// <summary>Parses a whole document: <c>Document : Definition+</c>.</summary>
    /// <param name="source">The document text.</param>
    /// <param name="options">Limits and switches; <see cref="ParserOptions.Default" /> when null.</param>
    /// <returns>The document node.</returns>
    public static DocumentNode Parse(string source, ParserOptions? options = null)
    {
        var parser = Rent(source, options);
        try
        {
            return parser.ParseDocument();
        }
        finally
        {
            parser.Return();
        }
    }

    /// <summary>Parses a single input value, in which variables are allowed (e.g. <c>[1, $x]</c>).</summary>
    /// <param name="source">The value text.</param>
    /// <param name="options">Limits and switches; <see cref="ParserOptions.Default" /> when null.</param>
    /// <returns>The value node.</returns>
    public static ValueNode ParseValue(string source, ParserOptions? options = null) =>
        ParseWhole(source, options, static parser => parser.ParseValueLiteral(isConst: false));

    /// <summary>Parses a single constant input value (variables are refused).</summary>
    /// <param name="source">The value text.</param>
    /// <param name="options">Limits and switches; <see cref="ParserOptions.Default" /> when null.</param>
    /// <returns>The value node.</returns>
    public static ValueNode ParseConstValue(string source, ParserOptions? options = null) =>
        ParseWhole(source, options, static parser => parser.ParseValueLiteral(isConst: true));

    /// <summary>Parses a single type reference (e.g. <c>[String!]!</c>).</summary>
    /// <param name="source">The type text.</param>
    /// <param name="options">Limits and switches; <see cref="ParserOptions.Default" /> when null.</param>
    /// <returns>The type node.</returns>
    public static TypeNode ParseType(string source, ParserOptions? options = null) =>
        ParseWhole(source, options, static parser => parser.ParseTypeReference());

    private static T ParseWhole<T>(string source, ParserOptions? options, Func<Parser, T> parse)
    {
        var parser = Rent(source, options);
        try
        {
            parser.ExpectToken(TokenKind.StartOfFile);
            var result = parse(parser);
            parser.ExpectToken(TokenKind.EndOfFile);
            return result;
        }
        finally
        {
            parser.Return();
        }
    }

    private void PushItem(Node item)
    {
        if (_itemCount == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        // Written through a reference rather than `_items[i] = item`: the buffer is exactly a Node[], so the
        // covariance check the runtime makes on every store into an array of a class type is not needed.
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_items), _itemCount++) = item;
    }

    /// <summary>The items pushed since <paramref name="mark" /> as a list, removed from the buffer.</summary>
    private NodeList<T> PopItems<T>(int mark)
        where T : Node
    {
        // The items since the mark were all pushed as T by the caller, so they are copied without a cast and a
        // covariance check per item; one store each, as a list of a document holds a handful of items, for which the
        // runtime's block copy of references (a call, a block move, then the cards of the whole range) cost more.
        var count = _itemCount - mark;
        if (count == 1)
        {
            var single = Unsafe.As<T>(_items[mark]);
            _itemsUsed = Math.Max(_itemsUsed, _itemCount);
            _itemCount = mark;
            return new NodeList<T>(single);
        }

        var items = new T[count];
        ref var first = ref Unsafe.As<Node, T>(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_items), mark));
        ref var target = ref MemoryMarshal.GetArrayDataReference(items);
        for (var i = 0; i < count; i++)
        {
            Unsafe.Add(ref target, i) = Unsafe.Add(ref first, i);
        }

        _itemsUsed = Math.Max(_itemsUsed, _itemCount);
        _itemCount = mark;
        return new NodeList<T>(items);
    }

    /// <summary><c>Name :: NameStart NameContinue*</c></summary>
    private NameNode ParseName()
    {
        var lexer = _lexer;
        if (lexer.Kind != TokenKind.Name)
        {
            throw Expected(TokenKind.Name);
        }

        // A name's location is its token's, known before moving on.
        var name = new NameNode(lexer.Value!)
        {
            Location = _noLocation ? null : new Location(lexer.Start, lexer.End, lexer.Line, lexer.Column),
        };
        Advance();
        return name;
    }

    /// <summary><c>Name</c>, for a node that keeps the name as text at a fixed offset from its own start.</summary>
    private string ParseNameText()
    {
        var lexer = _lexer;
        if (lexer.Kind != TokenKind.Name)
        {
            throw Expected(TokenKind.Name);
        }

        var text = lexer.Value!;
        Advance();
        return text;
    }

    /// <summary>
    /// <c>Name</c> for a node that holds it at <paramref name="offset" /> characters after its own start: as text when
    /// the name is there (the node works out the name's location), as a node when something stands between.
    /// </summary>
    private NameSlot ParseNameAt(in Location start, int offset) =>
        _lexer.Start == start.Start + offset ? new NameSlot(ParseNameText()) : new NameSlot(ParseName());

    /// <summary>
    /// <c>Name</c> for a node that holds it with its distance from the node's own start: as text when the name is on
    /// the node's first line, where that distance gives the name's location (an operation's or a fragment's name after
    /// its keyword); as a node otherwise.
    /// </summary>
    private NameSlot ParseNameOnLine(in Location start, out NameOffset offset)
    {
        var lexer = _lexer;
        if (lexer.Kind == TokenKind.Name && lexer.Line == start.Line)
        {
            offset = new NameOffset(lexer.Start - start.Start);
            return new NameSlot(ParseNameText());
        }

        offset = default;
        return new NameSlot(ParseName());
    }

    private Token Current => _lexer.Token;

    /// <summary>
    /// Where the node starting at the current token starts; <see cref="Location.End" /> is filled in by
    /// <see cref="LocationFrom" /> once the node is parsed. Three ints rather than a copy of the whole token.
    /// </summary>
    private Location StartLocation() => new(_lexer.Start, 0, _lexer.Line, _lexer.Column);

    /// <summary>The location from <paramref name="start" /> to the end of the last consumed token.</summary>
    private Location? LocationFrom(in Location start) =>
        _noLocation ? null : start with { End = _lexer.PreviousEnd };

    private bool Peek(TokenKind kind) => _lexer.Kind == kind;

    private void Advance()
    {
        _lexer.MoveNext();
        if (++_tokenCount > _maxTokens && _lexer.Kind != TokenKind.EndOfFile)
        {
            throw TooManyTokens();
        }
    }

    // The messages of the limits are built apart from the methods that check them: a string built in place makes
    // the runtime set up and clear its buffer on every call of the checking method, which runs once per token.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private GraphQLSyntaxException TooManyTokens() =>
        Error(_lexer.Start, $"Document contains more than {_maxTokens} tokens. Parsing aborted.");

    [MethodImpl(MethodImplOptions.NoInlining)]
    private GraphQLSyntaxException TooDeep() =>
        Error(_lexer.Start, $"Document nesting exceeds the maximum depth of {_maxDepth}. Parsing aborted.");

    private void ExpectToken(TokenKind kind)
    {
        if (_lexer.Kind != kind)
        {
            throw Expected(kind);
        }

        Advance();
    }

    private GraphQLSyntaxException Expected(TokenKind kind) =>
        Error(_lexer.Start, $"Expected {Token.KindDescription(kind)}, found {Current.Description}.");

    private bool ExpectOptionalToken(TokenKind kind)
    {
        if (_lexer.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private void ExpectKeyword(string value)
    {
        if (_lexer.Kind != TokenKind.Name || _lexer.Value != value)
        {
            throw ExpectedKeyword(value);
        }

        Advance();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private GraphQLSyntaxException ExpectedKeyword(string value) =>
        Error(_lexer.Start, $"Expected \"{value}\", found {Current.Description}.");

    private bool ExpectOptionalKeyword(string value)
    {
        if (_lexer.Kind != TokenKind.Name || _lexer.Value != value)
        {
            return false;
        }

        Advance();
        return true;
    }

    private GraphQLSyntaxException Unexpected() => Unexpected(Current);

    private GraphQLSyntaxException Unexpected(in Token token) => Error(token.Start, $"Unexpected {token.Description}.");

    private GraphQLSyntaxException Error(int position, string description) => new(_lexer.Source, position, description);

    /// <summary><c>open item* close</c>: zero or more items.</summary>
    private NodeList<T> Any<T>(TokenKind open, Func<Parser, T> parseItem, TokenKind close)
        where T : Node
    {
        ExpectToken(open);
        if (ExpectOptionalToken(close))
        {
            return NodeList<T>.Empty;
        }

        return ItemsUntil(parseItem, close);
    }

    /// <summary><c>open item+ close</c>: one or more items.</summary>
    private NodeList<T> Many<T>(TokenKind open, Func<Parser, T> parseItem, TokenKind close)
        where T : Node
    {
        ExpectToken(open);
        return ItemsUntil(parseItem, close);
    }

    /// <summary><c>(open item+ close)?</c>: nothing, or one or more items.</summary>
    private NodeList<T> OptionalMany<T>(TokenKind open, Func<Parser, T> parseItem, TokenKind close)
        where T : Node => Peek(open) ? Many(open, parseItem, close) : NodeList<T>.Empty;

    /// <summary><c>delimiter? item (delimiter item)*</c>, e.g. union members or directive locations.</summary>
    private NodeList<T> DelimitedMany<T>(TokenKind delimiter, Func<Parser, T> parseItem)
        where T : Node
    {
        ExpectOptionalToken(delimiter);
        var mark = _itemCount;
        do
        {
            PushItem(parseItem(this));
        }
        while (ExpectOptionalToken(delimiter));
        return PopItems<T>(mark);
    }

    private NodeList<T> ItemsUntil<T>(Func<Parser, T> parseItem, TokenKind close)
        where T : Node
    {
        var first = parseItem(this);
        if (ExpectOptionalToken(close))
        {
            return new NodeList<T>(first);
        }

        var mark = _itemCount;
        PushItem(first);
        do
        {
            PushItem(parseItem(this));
        }
        while (!ExpectOptionalToken(close));
        return PopItems<T>(mark);
    }

    /// <summary>Enters one level of nesting; refuses documents nested deeper than the configured limit.</summary>
    private void EnterNesting()
    {
        if (++_depth > _maxDepth)
        {
            throw TooDeep();
        }
    }

    private void LeaveNesting() => _depth--;
}

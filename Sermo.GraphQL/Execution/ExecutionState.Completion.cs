using System.Collections;
using System.Text.Json;
using Sermo.GraphQL.Types;

namespace Sermo.GraphQL.Execution;

/// <summary>Field execution and value completion (spec 6.4): results are written straight into their slot in
/// the result tree; a null for a non-null position clears the nearest nullable ancestor slot.</summary>
internal sealed partial class ExecutionState
{
    private static readonly IReadOnlyDictionary<string, object?> InvalidResultCode = CodeExtensions(ErrorCodes.InvalidResult);

    private void ExecuteSelectionSet(ResultMap map, SelectionPlan plan, object? parent)
    {
        CancellationToken.ThrowIfCancellationRequested();
        var fields = plan.Fields;
        for (var i = 0; i < fields.Length; i++)
        {
            ExecuteField(map, i, fields[i], parent);
            // A non-null field failed: the object is gone, its remaining fields would be discarded anyway.
            if (map.IsNulled)
                return;
        }
    }

    private void ExecuteField(ResultMap map, int slot, CompiledField field, object? parent)
    {
        switch (field.Kind)
        {
            case FieldKind.TypeName:
                map.SetSlot(slot, field.ParentType.Name);
                return;
            case FieldKind.Default:
                object? value;
                try
                {
                    value = field.ResolveDefault(parent);
                }
                catch (Exception exception)
                {
                    FieldFailed(map, slot, field, exception);
                    return;
                }
                if (value is string text && field.StringsPassThrough)
                    map.SetSlot(slot, text);
                else if (field.LeafScalar is { } scalar && value is not null and not JsonElement)
                    CompleteScalar(map, slot, field, scalar, value, field.IsNonNull);
                else
                    CompleteValue(map, slot, field, field.Type, value, null);
                return;
        }

        IReadOnlyDictionary<string, object?> arguments;
        try
        {
            arguments = field.CoerceArguments(Variables);
        }
        catch (GraphQLException invalid)
        {
            FieldFailed(map, slot, field, invalid);
            return;
        }

        var context = RentContext(field, parent, map, slot, arguments);
        ValueTask<object?> resolving;
        try
        {
            resolving = field.Pipeline!(context);
        }
        catch (Exception exception)
        {
            ReturnContext(context);
            FieldFailed(map, slot, field, exception);
            return;
        }

        if (resolving.IsCompleted)
        {
            CompleteResolved(context, resolving);
            return;
        }
        _pending++;
        context.AwaitResolver(resolving);
    }

    private void CompleteResolved(ResolverContext context, ValueTask<object?> resolved)
    {
        object? value;
        try
        {
            value = resolved.GetAwaiter().GetResult();
        }
        catch (Exception exception)
        {
            FieldFailed(context.Node, context.Slot, context.CompiledField, exception);
            ReturnContext(context);
            return;
        }
        var field = context.CompiledField;
        if (value is string text && field.StringsPassThrough)
        {
            // The common resolved leaf: placed as it is, like a default-resolved String or ID.
            context.Node.SetSlot(context.Slot, text);
            ReturnContext(context);
            return;
        }
        if (value is IAsyncEnumerable<object?> stream && field.Type.Nullable() is ListType)
        {
            // An asynchronous sequence for a list field: gathered first, then completed like any list.
            _pending++;
            context.AwaitResolver(GatherAsync(stream, CancellationToken));
            return;
        }
        CompleteValue(context.Node, context.Slot, field, field.Type, value, context);
        ReturnContext(context);
    }

    private static async ValueTask<object?> GatherAsync(IAsyncEnumerable<object?> stream, CancellationToken cancellationToken)
    {
        var items = new List<object?>();
        await foreach (var item in stream.WithCancellation(cancellationToken).ConfigureAwait(false))
            items.Add(item);
        return items;
    }

    private void CompleteValue(ResultNode node, int slot, CompiledField field, GraphQLType type, object? value, ResolverContext? context)
    {
        var nonNull = false;
        if (type is NonNullType nonNullType)
        {
            nonNull = true;
            type = nonNullType.OfType;
        }

        if (value is null || value is JsonElement { ValueKind: JsonValueKind.Null or JsonValueKind.Undefined })
        {
            if (nonNull)
                RaiseFieldError(node, slot, field, $"Cannot return null for non-nullable field {field.Coordinate}.", nonNull: true);
            else
                node.SetSlot(slot, null);
            return;
        }

        switch (type)
        {
            case ScalarType scalar:
                CompleteScalar(node, slot, field, scalar, value, nonNull);
                return;
            case EnumType enumType:
                CompleteEnum(node, slot, field, enumType, value, nonNull);
                return;
            case ObjectType objectType:
                if (objectType.IsTypeOf is not null && !IsOfType(objectType, value, node, slot, field, nonNull))
                    return;
                CompleteObject(node, slot, field, objectType, value, nonNull);
                return;
            case ListType listType:
                CompleteList(node, slot, field, listType.OfType, value, context, nonNull);
                return;
            default:
                ObjectType? runtimeType;
                string? failure;
                try
                {
                    runtimeType = ResolveAbstractType((NamedType)type, value, field, context, out failure);
                }
                catch (Exception exception)
                {
                    FieldFailed(node, slot, field, exception, nonNull);
                    return;
                }
                if (runtimeType is null)
                    RaiseFieldError(node, slot, field, failure!, nonNull);
                else
                    CompleteObject(node, slot, field, runtimeType, value, nonNull);
                return;
        }
    }

    private bool IsOfType(ObjectType objectType, object value, ResultNode node, int slot, CompiledField field, bool nonNull)
    {
        try
        {
            if (objectType.IsTypeOf!(value))
                return true;
        }
        catch (Exception exception)
        {
            FieldFailed(node, slot, field, exception, nonNull);
            return false;
        }
        RaiseFieldError(node, slot, field, $"Expected value of type \"{objectType.Name}\" but got: {ValueDescriber.Describe(value)}.", nonNull);
        return false;
    }

    private void CompleteScalar(ResultNode node, int slot, CompiledField field, ScalarType scalar, object value, bool nonNull)
    {
        try
        {
            node.SetSlot(slot, scalar.Serialize(value is JsonElement json ? JsonElementValues.ToPlain(json)! : value));
        }
        catch (ScalarCoercionException invalid)
        {
            RaiseFieldError(node, slot, field, invalid.Message, nonNull);
        }
        catch (Exception exception)
        {
            FieldFailed(node, slot, field, exception, nonNull);
        }
    }

    private void CompleteEnum(ResultNode node, int slot, CompiledField field, EnumType enumType, object value, bool nonNull)
    {
        var internalValue = JsonElementValues.Unwrap(value)!;
        var enumValue = enumType.FindByRuntimeValue(internalValue)
            ?? (internalValue is string name ? enumType.Values[name] : null);
        if (enumValue is null)
            RaiseFieldError(node, slot, field, $"Enum \"{enumType.Name}\" cannot represent value: {ValueDescriber.Describe(internalValue)}.", nonNull);
        else
            node.SetSlot(slot, enumValue.Name);
    }

    private void CompleteObject(ResultNode node, int slot, CompiledField field, ObjectType type, object value, bool nonNull)
    {
        var plan = field.GetChildPlan(type);
        var map = ResultNodePool.RentMap(_takenNodes, plan, node, slot, nonNull);
        // Placed before its fields run, so that a failing non-null field below can replace it with null.
        node.SetSlot(slot, map);
        ExecuteSelectionSet(map, plan, value);
    }

    private void CompleteList(ResultNode node, int slot, CompiledField field, GraphQLType itemType, object value, ResolverContext? context, bool nonNull)
    {
        if (value is JsonElement json)
        {
            if (json.ValueKind != JsonValueKind.Array)
            {
                RaiseFieldError(node, slot, field, $"Expected a list, but did not find one for field \"{field.Coordinate}\".", nonNull);
                return;
            }
            var jsonList = ResultNodePool.RentList(_takenNodes, json.GetArrayLength(), node, slot, nonNull);
            node.SetSlot(slot, jsonList);
            foreach (var item in json.EnumerateArray())
            {
                var index = jsonList.AddSlot();
                CompleteValue(jsonList, index, field, itemType, item.ValueKind is JsonValueKind.Object or JsonValueKind.Array ? item : JsonElementValues.ToPlain(item), context);
                if (jsonList.IsNulled)
                    return;
            }
            return;
        }

        if (value is not IEnumerable items || value is string)
        {
            RaiseFieldError(node, slot, field, $"Expected a list, but did not find one for field \"{field.Coordinate}\".", nonNull);
            return;
        }

        if (value is IList indexed)
        {
            // Arrays and lists: walked by index, without allocating an enumerator.
            var sized = ResultNodePool.RentList(_takenNodes, indexed.Count, node, slot, nonNull);
            node.SetSlot(slot, sized);
            for (var i = 0; i < indexed.Count; i++)
            {
                var index = sized.AddSlot();
                CompleteValue(sized, index, field, itemType, indexed[i], context);
                if (sized.IsNulled)
                    return;
            }
            return;
        }

        var list = ResultNodePool.RentList(_takenNodes, value is ICollection collection ? collection.Count : 0, node, slot, nonNull);
        node.SetSlot(slot, list);
        try
        {
            foreach (var item in items)
            {
                var index = list.AddSlot();
                CompleteValue(list, index, field, itemType, item, context);
                if (list.IsNulled)
                    return;
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !CancellationToken.IsCancellationRequested)
        {
            // The source sequence itself failed while being enumerated.
            FieldFailed(node, slot, field, exception, nonNull);
        }
    }

    /// <summary>The concrete type of a value of an interface or union: the abstract type's resolver, else the
    /// possible types' IsTypeOf, else the bound CLR type, else the value's own <c>__typename</c>.</summary>
    private ObjectType? ResolveAbstractType(NamedType abstractType, object value, CompiledField field, ResolverContext? context, out string? failure)
    {
        failure = null;
        var resolver = abstractType switch
        {
            InterfaceType interfaceType => interfaceType.ResolveType,
            UnionType unionType => unionType.ResolveType,
            _ => null,
        };
        if (resolver is not null && context is not null && resolver(value, context) is { } resolved)
            return CheckPossible(abstractType, resolved, out failure);

        var possibleTypes = Schema.GetPossibleTypes(abstractType);
        foreach (var candidate in possibleTypes)
        {
            if (candidate.IsTypeOf is { } isTypeOf && isTypeOf(value))
                return candidate;
        }
        var clrType = value.GetType();
        foreach (var candidate in possibleTypes)
        {
            if (candidate.RuntimeType == clrType)
                return candidate;
        }
        foreach (var candidate in possibleTypes)
        {
            if (candidate.RuntimeType is { } runtimeType && runtimeType.IsAssignableFrom(clrType))
                return candidate;
        }
        if (DefaultFieldResolver.TypeNameOf(value) is { } typeName)
        {
            if (Schema.GetType(typeName) is ObjectType named)
                return CheckPossible(abstractType, named, out failure);
            failure = $"Abstract type \"{abstractType.Name}\" resolved to \"{typeName}\", which is not an object type of the schema.";
            return null;
        }
        failure = $"Abstract type \"{abstractType.Name}\" must resolve to an object type at runtime for field \"{field.Coordinate}\": "
            + $"give \"{abstractType.Name}\" a type resolver, give its possible types an IsTypeOf check, or return values with a \"__typename\".";
        return null;
    }

    private ObjectType? CheckPossible(NamedType abstractType, ObjectType candidate, out string? failure)
    {
        if (Schema.IsPossibleType(abstractType, candidate))
        {
            failure = null;
            return candidate;
        }
        failure = $"Runtime object type \"{candidate.Name}\" is not a possible type for \"{abstractType.Name}\".";
        return null;
    }

    private void RaiseFieldError(ResultNode node, int slot, CompiledField field, string message, bool nonNull)
    {
        AddError(new GraphQLError(message, field.Locations, PathOf(node, slot), InvalidResultCode));
        NullSlot(node, slot, nonNull);
    }

    private void FieldFailed(ResultNode node, int slot, CompiledField field, Exception exception) =>
        FieldFailed(node, slot, field, exception, field.Type is NonNullType);

    private void FieldFailed(ResultNode node, int slot, CompiledField field, Exception exception, bool nonNull)
    {
        AddError(ErrorFromException(exception, field, node, slot));
        NullSlot(node, slot, nonNull);
    }

    /// <summary>Writes null into a slot; when the slot is non-null, the object or list holding it becomes null in
    /// turn, up to the first nullable position (or the whole <c>data</c>).</summary>
    private static void NullSlot(ResultNode node, int slot, bool nonNull)
    {
        while (true)
        {
            node.SetSlot(slot, null);
            if (!nonNull || node.IsNulled)
                return;
            node.IsNulled = true;
            if (node.Parent is null)
                return;
            slot = node.ParentSlot;
            nonNull = node.ParentSlotIsNonNull;
            node = node.Parent;
        }
    }

    private GraphQLError ErrorFromException(Exception exception, CompiledField field, ResultNode node, int slot) =>
        ExceptionErrors.From(exception, Options, CancellationToken,
            new ErrorFilterContext(field.Coordinate, PathOf(node, slot), Services), field.Locations);

    /// <summary>An error raised for a field, with the field's locations and path filled in when it has none.</summary>
    public GraphQLError LocateError(GraphQLError error, CompiledField field, ResultNode node, int slot) =>
        error.Locations is not null && error.Path is not null
            ? error
            : ExceptionErrors.Locate(error, field.Locations, PathOf(node, slot), error.Exception);

    public static IReadOnlyList<object> PathOf(ResultNode node, int slot)
    {
        var depth = 1;
        for (var current = node; current.Parent is not null; current = current.Parent)
            depth++;
        var path = new object[depth];
        var index = depth - 1;
        path[index] = node.SlotKey(slot);
        for (var current = node; current.Parent is not null; current = current.Parent)
            path[--index] = current.Parent.SlotKey(current.ParentSlot);
        return path;
    }

    public ResultPath ResultPathOf(ResultNode node, int slot)
    {
        var path = ResultPath.Root;
        foreach (var segment in PathOf(node, slot))
            path = segment is int index ? path.Append(index) : path.Append((string)segment);
        return path;
    }

    private static IReadOnlyDictionary<string, object?> CodeExtensions(string code) =>
        new Dictionary<string, object?>(1) { ["code"] = code }.AsReadOnly();
}

using System.Linq.Expressions;
using System.Reflection;

namespace Sermo.GraphQL.Types.CodeFirst;

/// <summary>A constructor parameter (<see cref="Setter"/> null) or settable property of an input class, and
/// the GraphQL field that feeds it (null: the field is ignored and the parameter gets <see cref="Fallback"/>).</summary>
internal sealed record InputFieldBinding(string? Name, Type ClrType, PropertyInfo? Setter, object? Fallback);

/// <summary>Compiles how a .NET input object is made from its coerced fields: the constructor and the property
/// setters become delegates once, at build.</summary>
internal static class InputObjectFactory
{
    public static Func<IReadOnlyDictionary<string, object?>, object> Compile(
        Type clr,
        ConstructorInfo? constructor,
        IReadOnlyList<InputFieldBinding> bindings,
        Func<Type, Func<IReadOnlyDictionary<string, object?>, object>?> inputFactoryFor)
    {
        var constructorBindings = bindings.Where(binding => binding.Setter is null).ToArray();
        var propertyBindings = bindings.Where(binding => binding.Setter is not null).ToArray();
        var create = CompileConstructor(clr, constructor);
        var setters = propertyBindings.Select(binding => CompileSetter(clr, binding.Setter!)).ToArray();
        var constructorConverters = constructorBindings.Select(binding => ValueConverter.For(binding.ClrType, inputFactoryFor)).ToArray();
        var propertyConverters = propertyBindings.Select(binding => ValueConverter.For(binding.ClrType, inputFactoryFor)).ToArray();

        return fields =>
        {
            var arguments = new object?[constructorBindings.Length];
            for (var i = 0; i < constructorBindings.Length; i++)
            {
                var binding = constructorBindings[i];
                arguments[i] = binding.Name is not null && fields.TryGetValue(binding.Name, out var value)
                    ? Convert(value, constructorConverters[i], binding)
                    : binding.Fallback;
            }
            var instance = create(arguments);
            for (var i = 0; i < propertyBindings.Length; i++)
            {
                if (fields.TryGetValue(propertyBindings[i].Name!, out var value))
                    setters[i](instance, Convert(value, propertyConverters[i], propertyBindings[i]));
            }
            return instance;
        };
    }

    private static object? Convert(object? value, Func<object?, object?>? converter, InputFieldBinding binding)
    {
        if (value is null)
            return binding.ClrType.IsValueType && Nullable.GetUnderlyingType(binding.ClrType) is null ? binding.Fallback ?? Activator.CreateInstance(binding.ClrType) : null;
        return converter is null || binding.ClrType.IsInstanceOfType(value) ? value : converter(value);
    }

    private static Func<object?[], object> CompileConstructor(Type clr, ConstructorInfo? constructor)
    {
        var arguments = Expression.Parameter(typeof(object?[]), "arguments");
        Expression created = constructor is null
            ? Expression.New(clr)
            : Expression.New(constructor, constructor.GetParameters().Select((parameter, index) =>
                Expression.Convert(Expression.ArrayIndex(arguments, Expression.Constant(index)), parameter.ParameterType)));
        return Expression.Lambda<Func<object?[], object>>(Expression.Convert(created, typeof(object)), arguments).Compile();
    }

    private static Action<object, object?> CompileSetter(Type clr, PropertyInfo property)
    {
        var instance = Expression.Parameter(typeof(object), "instance");
        var value = Expression.Parameter(typeof(object), "value");
        var assign = Expression.Assign(
            Expression.Property(Expression.Convert(instance, clr), property),
            Expression.Convert(value, property.PropertyType));
        return Expression.Lambda<Action<object, object?>>(assign, instance, value).Compile();
    }
}

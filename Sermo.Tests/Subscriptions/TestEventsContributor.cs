using Microsoft.Extensions.DependencyInjection;
using Sermo.Api.Events;
using Sermo.Api.Schemas;
using Sermo.Api.Schemas.Partner;
using Sermo.Api.Schemas.Pharma;
using Sermo.GraphQL.Types;
using Sermo.Tests.Infrastructure;

namespace Sermo.Tests.Subscriptions;

/// <summary>An event the tests publish and subscribe to.</summary>
public sealed record TestEvent(string Topic, int Value);

/// <summary>Adds, for the transport tests only, a subscription field fed by the event bus
/// (<c>testEvents(topic)</c>) and a mutation that publishes to it (<c>publishTestEvent(topic, value)</c>),
/// on both graphs. Nothing like it ships: the real subscriptions come from the domain contributors.</summary>
public sealed class TestEventsContributor : IPartnerSchemaContributor, IPharmaSchemaContributor
{
    public const string Kind = "TestEvent";

    public void Contribute(SchemaComposition schema)
    {
        schema.Types.AddObjectType<TestEvent>(type =>
        {
            type.Field(e => e.Topic);
            type.Field(e => e.Value);
        });
        schema.Subscription(subscription => subscription.Field("testEvents")
            .Type<NonNull<TestEvent>>()
            .Argument<NonNull<string>>("topic")
            .Subscribe(context => context.Services.GetRequiredService<IEventBus>()
                .SubscribeSourceStreamAsync<TestEvent>(EventTopic.For(Kind, (string)context.Arguments["topic"]!), context.CancellationToken))
            .Resolve(context => context.Parent));
        schema.Mutation(mutation => mutation.Field("publishTestEvent")
            .Type("Boolean!")
            .Argument("topic", "String!")
            .Argument("value", "Int!")
            .Resolve(async context =>
            {
                var topic = (string)context.Arguments["topic"]!;
                await context.Services.GetRequiredService<IEventBus>()
                    .PublishAsync(EventTopic.For(Kind, topic), new TestEvent(topic, (int)context.Arguments["value"]!), context.CancellationToken);
                return true;
            }));
    }

    /// <summary>A server whose graphs carry the test fields, with configuration overrides.</summary>
    public static SermoServer StartServer(IReadOnlyDictionary<string, string?>? configuration = null) =>
        SermoServer.Start(configuration, services =>
        {
            services.AddSingleton<TestEventsContributor>();
            services.AddSingleton<IPartnerSchemaContributor>(provider => provider.GetRequiredService<TestEventsContributor>());
            services.AddSingleton<IPharmaSchemaContributor>(provider => provider.GetRequiredService<TestEventsContributor>());
        });
}

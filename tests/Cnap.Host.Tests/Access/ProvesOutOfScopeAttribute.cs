namespace Cnap.Host.Tests.Access;

/// <summary>
/// Marks a test that proves a route answers 404 to a user of another centre, of another provider and to another
/// citizen (use <see cref="ScopeWorld.AssertOutsidersGet404Async"/>). <see cref="RouteInventoryTests"/> reads these:
/// a route that takes a case, task, document or person id and has no such test fails the inventory.
/// </summary>
/// <param name="method">GET, POST, ...</param>
/// <param name="route">The route pattern exactly as mapped, e.g. <c>/api/cases/{id:guid}</c>.</param>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public sealed class ProvesOutOfScopeAttribute(string method, string route) : Attribute
{
    public string Key { get; } = $"{method.ToUpperInvariant()} {route}";
}

using Cnap.Workflows.Activities;

namespace Cnap.Activities.SelectLists;

/// <summary>Providers by EDRPOU code, from the catalogue (the host reads them from the database).</summary>
public interface IProviderList : ISelectListProvider;

/// <summary>The unit role codes providers use (<c>ARCHITECTURE</c>, <c>HERITAGE</c>...), with a unit name for each.</summary>
public interface IUnitCodeList : ISelectListProvider;

/// <summary>The refusal-ground codes the services list (<c>INCOMPLETE</c>...), with their text.</summary>
public interface IRefusalGroundList : ISelectListProvider;

// Generated from the kubernetes-models package (each group/version/Kind.js names its _schemas module).
// Lazy: a schema module loads the first time a rendered set contains that kind.
export const SCHEMA_MODULES: Record<string, () => Promise<{ validate: (data: unknown) => boolean }>> = {
  'v1 ConfigMap': () => import('kubernetes-models/_schemas/IoK8sApiCoreV1ConfigMap'),
  'v1 Endpoints': () => import('kubernetes-models/_schemas/IoK8sApiCoreV1Endpoints'),
  'v1 Event': () => import('kubernetes-models/_schemas/IoK8sApiCoreV1Event'),
  'v1 LimitRange': () => import('kubernetes-models/_schemas/IoK8sApiCoreV1LimitRange'),
  'v1 Namespace': () => import('kubernetes-models/_schemas/IoK8sApiCoreV1Namespace'),
  'v1 Node': () => import('kubernetes-models/_schemas/IoK8sApiCoreV1Node'),
  'v1 PersistentVolume': () => import('kubernetes-models/_schemas/IoK8sApiCoreV1PersistentVolume'),
  'v1 PersistentVolumeClaim': () => import('kubernetes-models/_schemas/IoK8sApiCoreV1PersistentVolumeClaim'),
  'v1 Pod': () => import('kubernetes-models/_schemas/IoK8sApiCoreV1Pod'),
  'v1 PodTemplate': () => import('kubernetes-models/_schemas/IoK8sApiCoreV1PodTemplate'),
  'v1 ReplicationController': () => import('kubernetes-models/_schemas/IoK8sApiCoreV1ReplicationController'),
  'v1 ResourceQuota': () => import('kubernetes-models/_schemas/IoK8sApiCoreV1ResourceQuota'),
  'v1 Secret': () => import('kubernetes-models/_schemas/IoK8sApiCoreV1Secret'),
  'v1 Service': () => import('kubernetes-models/_schemas/IoK8sApiCoreV1Service'),
  'v1 ServiceAccount': () => import('kubernetes-models/_schemas/IoK8sApiCoreV1ServiceAccount'),
  'apps/v1 ControllerRevision': () => import('kubernetes-models/_schemas/IoK8sApiAppsV1ControllerRevision'),
  'apps/v1 DaemonSet': () => import('kubernetes-models/_schemas/IoK8sApiAppsV1DaemonSet'),
  'apps/v1 Deployment': () => import('kubernetes-models/_schemas/IoK8sApiAppsV1Deployment'),
  'apps/v1 ReplicaSet': () => import('kubernetes-models/_schemas/IoK8sApiAppsV1ReplicaSet'),
  'apps/v1 StatefulSet': () => import('kubernetes-models/_schemas/IoK8sApiAppsV1StatefulSet'),
  'batch/v1 CronJob': () => import('kubernetes-models/_schemas/IoK8sApiBatchV1CronJob'),
  'batch/v1 Job': () => import('kubernetes-models/_schemas/IoK8sApiBatchV1Job'),
  'networking.k8s.io/v1 IPAddress': () => import('kubernetes-models/_schemas/IoK8sApiNetworkingV1IPAddress'),
  'networking.k8s.io/v1 Ingress': () => import('kubernetes-models/_schemas/IoK8sApiNetworkingV1Ingress'),
  'networking.k8s.io/v1 IngressClass': () =>
    import('kubernetes-models/_schemas/IoK8sApiNetworkingV1IngressClass'),
  'networking.k8s.io/v1 NetworkPolicy': () =>
    import('kubernetes-models/_schemas/IoK8sApiNetworkingV1NetworkPolicy'),
  'networking.k8s.io/v1 ServiceCIDR': () =>
    import('kubernetes-models/_schemas/IoK8sApiNetworkingV1ServiceCIDR'),
  'rbac.authorization.k8s.io/v1 ClusterRole': () =>
    import('kubernetes-models/_schemas/IoK8sApiRbacV1ClusterRole'),
  'rbac.authorization.k8s.io/v1 ClusterRoleBinding': () =>
    import('kubernetes-models/_schemas/IoK8sApiRbacV1ClusterRoleBinding'),
  'rbac.authorization.k8s.io/v1 Role': () => import('kubernetes-models/_schemas/IoK8sApiRbacV1Role'),
  'rbac.authorization.k8s.io/v1 RoleBinding': () =>
    import('kubernetes-models/_schemas/IoK8sApiRbacV1RoleBinding'),
  'policy/v1 PodDisruptionBudget': () =>
    import('kubernetes-models/_schemas/IoK8sApiPolicyV1PodDisruptionBudget'),
  'autoscaling/v2 HorizontalPodAutoscaler': () =>
    import('kubernetes-models/_schemas/IoK8sApiAutoscalingV2HorizontalPodAutoscaler'),
  'autoscaling/v1 HorizontalPodAutoscaler': () =>
    import('kubernetes-models/_schemas/IoK8sApiAutoscalingV1HorizontalPodAutoscaler'),
  'storage.k8s.io/v1 CSIDriver': () => import('kubernetes-models/_schemas/IoK8sApiStorageV1CSIDriver'),
  'storage.k8s.io/v1 CSINode': () => import('kubernetes-models/_schemas/IoK8sApiStorageV1CSINode'),
  'storage.k8s.io/v1 CSIStorageCapacity': () =>
    import('kubernetes-models/_schemas/IoK8sApiStorageV1CSIStorageCapacity'),
  'storage.k8s.io/v1 StorageClass': () => import('kubernetes-models/_schemas/IoK8sApiStorageV1StorageClass'),
  'storage.k8s.io/v1 VolumeAttachment': () =>
    import('kubernetes-models/_schemas/IoK8sApiStorageV1VolumeAttachment'),
  'storage.k8s.io/v1 VolumeAttributesClass': () =>
    import('kubernetes-models/_schemas/IoK8sApiStorageV1VolumeAttributesClass'),
  'scheduling.k8s.io/v1 PriorityClass': () =>
    import('kubernetes-models/_schemas/IoK8sApiSchedulingV1PriorityClass'),
  'apiextensions.k8s.io/v1 CustomResourceDefinition': () =>
    import(
      'kubernetes-models/_schemas/IoK8sApiextensionsApiserverPkgApisApiextensionsV1CustomResourceDefinition'
    ),
  'admissionregistration.k8s.io/v1 MutatingAdmissionPolicy': () =>
    import('kubernetes-models/_schemas/IoK8sApiAdmissionregistrationV1MutatingAdmissionPolicy'),
  'admissionregistration.k8s.io/v1 MutatingAdmissionPolicyBinding': () =>
    import('kubernetes-models/_schemas/IoK8sApiAdmissionregistrationV1MutatingAdmissionPolicyBinding'),
  'admissionregistration.k8s.io/v1 MutatingWebhookConfiguration': () =>
    import('kubernetes-models/_schemas/IoK8sApiAdmissionregistrationV1MutatingWebhookConfiguration'),
  'admissionregistration.k8s.io/v1 ValidatingAdmissionPolicy': () =>
    import('kubernetes-models/_schemas/IoK8sApiAdmissionregistrationV1ValidatingAdmissionPolicy'),
  'admissionregistration.k8s.io/v1 ValidatingAdmissionPolicyBinding': () =>
    import('kubernetes-models/_schemas/IoK8sApiAdmissionregistrationV1ValidatingAdmissionPolicyBinding'),
  'admissionregistration.k8s.io/v1 ValidatingWebhookConfiguration': () =>
    import('kubernetes-models/_schemas/IoK8sApiAdmissionregistrationV1ValidatingWebhookConfiguration'),
  'apiregistration.k8s.io/v1 APIService': () =>
    import('kubernetes-models/_schemas/IoK8sKubeAggregatorPkgApisApiregistrationV1APIService'),
  'coordination.k8s.io/v1 Lease': () => import('kubernetes-models/_schemas/IoK8sApiCoordinationV1Lease'),
  'discovery.k8s.io/v1 EndpointSlice': () =>
    import('kubernetes-models/_schemas/IoK8sApiDiscoveryV1EndpointSlice'),
  'node.k8s.io/v1 RuntimeClass': () => import('kubernetes-models/_schemas/IoK8sApiNodeV1RuntimeClass'),
  'certificates.k8s.io/v1 CertificateSigningRequest': () =>
    import('kubernetes-models/_schemas/IoK8sApiCertificatesV1CertificateSigningRequest'),
  'flowcontrol.apiserver.k8s.io/v1 FlowSchema': () =>
    import('kubernetes-models/_schemas/IoK8sApiFlowcontrolV1FlowSchema'),
  'flowcontrol.apiserver.k8s.io/v1 PriorityLevelConfiguration': () =>
    import('kubernetes-models/_schemas/IoK8sApiFlowcontrolV1PriorityLevelConfiguration'),
  'resource.k8s.io/v1 DeviceClass': () => import('kubernetes-models/_schemas/IoK8sApiResourceV1DeviceClass'),
  'resource.k8s.io/v1 ResourceClaim': () =>
    import('kubernetes-models/_schemas/IoK8sApiResourceV1ResourceClaim'),
  'resource.k8s.io/v1 ResourceClaimTemplate': () =>
    import('kubernetes-models/_schemas/IoK8sApiResourceV1ResourceClaimTemplate'),
  'resource.k8s.io/v1 ResourceSlice': () =>
    import('kubernetes-models/_schemas/IoK8sApiResourceV1ResourceSlice'),
};
